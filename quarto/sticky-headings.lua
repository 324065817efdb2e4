-- In the PDF, Quarto writes an unnumbered heading (the summary, the appendices) as a typst heading
-- inside a block of its own, and typst keeps a heading with what follows it only within the same
-- block: "Bijlage A. Herkomst" could end a page with its text on the next. This filter (run after
-- Quarto's own, see _quarto.yml) takes the heading out of that block, so no heading ends a page.
function Div(el)
  if FORMAT ~= "typst" or #el.classes > 0 or el.identifier ~= "" then
    return nil
  end
  local first = el.content[1]
  if first and first.t == "Plain" then
    local call = first.content[1]
    if call and call.t == "RawInline" and call.format == "typst" and call.text == "#heading(" then
      return el.content
    end
  end
  return nil
end
