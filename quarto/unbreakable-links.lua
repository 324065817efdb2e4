-- A phone number or a web address a reader copies or types ("0800 200 50", "www.stopitnow.be") never breaks
-- over two lines: in the PDF its link stands in an unbreakable box, in HTML it carries the class `nobreak`
-- (report.css: white-space: nowrap). Only what fits on a line (at most MAX characters): a longer address, as the
-- annex's sources have, must still wrap. A signed figure ("+84,2 %", "−36.460") never loses its sign at a line's
-- end in the PDF either: typst broke "+" from "84,2 %" in a table cell (r31 TO).
local MAX = 40

local function unbreakable(el)
  local text = pandoc.utils.stringify(el.content)
  if #text > MAX then
    return false
  end
  if el.target:match("^tel:") then
    return true
  end
  return not text:match("%s") and text:match("%w%.%a%a+") ~= nil
end

function Link(el)
  if not unbreakable(el) then
    return nil
  end
  if FORMAT == "typst" then
    return { pandoc.RawInline("typst", "#box["), el, pandoc.RawInline("typst", "]") }
  end
  if FORMAT:match("html") then
    el.classes:insert("nobreak")
    return el
  end
  return nil
end

local MINUS = "\u{2212}"

function Str(el)
  if FORMAT ~= "typst" then
    return nil
  end
  local t = el.text
  if not (t:match("^%+%d") or (t:sub(1, #MINUS) == MINUS and t:sub(#MINUS + 1):match("^%d"))) then
    return nil
  end
  return { pandoc.RawInline("typst", "#box["), el, pandoc.RawInline("typst", "]") }
end
