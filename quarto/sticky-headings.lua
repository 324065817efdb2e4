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

-- A lead-in sentence (a paragraph ending in a colon: "Waar elk kerncijfer vandaan komt:") stays with the table,
-- chart or list it introduces: in the PDF it is a sticky block, never alone at a page's foot with its table
-- overleaf (the template's figure rule makes the start of a table one unbreakable block to stick to).
function Para(el)
  if FORMAT ~= "typst" then
    return nil
  end
  local last = el.content[#el.content]
  if last and last.t == "Str" and last.text:sub(-1) == ":" then
    return { pandoc.RawBlock("typst", "#block(sticky: true)["), el, pandoc.RawBlock("typst", "]") }
  end
  return nil
end
