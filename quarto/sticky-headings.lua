-- In the PDF, Quarto writes an unnumbered heading (the summary, the appendices) as a typst heading
-- inside a block of its own, and typst keeps a heading with what follows it only within the same
-- block: "Bijlage A. Herkomst" could end a page with its text on the next. This filter (run after
-- Quarto's own, see _quarto.yml) takes the heading out of that block, so no heading ends a page.
-- A mark just before each heading, where the text before it ends: a placed box, which stays where it is when the
-- (sticky) heading goes on to the next page (the template's table rule measures the room under a heading from it).
-- It stands before the heading, not in the heading's show rule: there it would carry the heading's own location,
-- and the contents would give the page the mark stays on, one page too early.
MARK = pandoc.RawBlock("typst", "#place(box())<heading-mark>")

function Header(el)
  if FORMAT ~= "typst" then
    return nil
  end
  return { MARK, el }
end

function Div(el)
  if FORMAT ~= "typst" or #el.classes > 0 or el.identifier ~= "" then
    return nil
  end
  local first = el.content[1]
  if first and first.t == "Plain" then
    local call = first.content[1]
    if call and call.t == "RawInline" and call.format == "typst" and call.text == "#heading(" then
      return { MARK, table.unpack(el.content) }
    end
  end
  return nil
end

-- A lead-in sentence stays with the table, chart or list it introduces: a paragraph ending in a colon ("Waar elk
-- kerncijfer vandaan komt:"), or a short one that points at what follows ("De tabel en de figuur hieronder tonen
-- …"; at most LEAD_IN_WORDS words). In the PDF it is a sticky block, never alone at a page's foot with its table
-- overleaf (the template's figure rule makes the start of a table one unbreakable block to stick to).
local LEAD_IN_WORDS = 80

local function announces(el)
  local words = 0
  local pointing = false
  for _, inline in ipairs(el.content) do
    if inline.t == "Str" then
      words = words + 1
      if inline.text:lower():match("^hieronder") then
        pointing = true
      end
    end
  end
  return pointing and words <= LEAD_IN_WORDS
end

function Para(el)
  if FORMAT ~= "typst" then
    return nil
  end
  local last = el.content[#el.content]
  if (last and last.t == "Str" and last.text:sub(-1) == ":") or announces(el) then
    return { pandoc.RawBlock("typst", "#block(sticky: true)["), el, pandoc.RawBlock("typst", "]") }
  end
  return nil
end
