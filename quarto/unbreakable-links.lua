-- A phone number or a web address a reader copies or types ("0800 200 50", "www.stopitnow.be") never breaks
-- over two lines: in the PDF its link stands in an unbreakable box, in HTML it carries the class `nobreak`
-- (report.css: white-space: nowrap). Only what fits on a line (at most MAX characters): a longer address, as the
-- annex's sources have, must still wrap. A signed figure ("+84,2 %", "−36.460") never loses its sign at a line's
-- end in the PDF either: typst broke "+" from "84,2 %" in a table cell (r31 TO).
local MAX = 40

-- A range of percentages ("tussen −34 % en +52 %", "48 % tot 49 %") never breaks between its two ends: a line, or a
-- page, that ended in "ergens tussen −34 %" with "en +52 %" overleaf (r31 2020 #14). The spaces around the "en" or
-- "tot" between two percentages become no-break spaces (a percentage already holds one before its sign).
local JOINS = { en = true, tot = true }
local NBSP = "\u{00A0}"

local function percentage(el)
  return el and el.t == "Str" and el.text:gsub(NBSP, " "):match("%d ?%%%p*$") ~= nil
end

local function starts_a_percentage(el)
  return el and el.t == "Str" and el.text:gsub("\u{2212}", "-"):match("^[%+%-]?%d") ~= nil
end

local MINUS = "\u{2212}"

-- In the PDF a signed figure stands in a box, after the joins above (which look for its Str)
local function signs_kept(inlines)
  local out = pandoc.Inlines({})
  for _, el in ipairs(inlines) do
    local t = el.t == "Str" and el.text or ""
    if t:match("^%+%d") or (t:sub(1, #MINUS) == MINUS and t:sub(#MINUS + 1):match("^%d")) then
      out:extend({ pandoc.RawInline("typst", "#box["), el, pandoc.RawInline("typst", "]") })
    else
      out:insert(el)
    end
  end
  return out
end

function Inlines(inlines)
  local i = 1
  while i + 4 <= #inlines do
    local a, s1, word, s2, b = inlines[i], inlines[i + 1], inlines[i + 2], inlines[i + 3], inlines[i + 4]
    if
      percentage(a) and s1.t == "Space" and word.t == "Str" and JOINS[word.text] and s2.t == "Space"
      and starts_a_percentage(b)
    then
      local last = b
      inlines[i + 1] = pandoc.Str(NBSP)
      inlines[i + 3] = pandoc.Str(NBSP)
      -- "+52" and "%" stand apart when the sign's space is a plain one: that space joins too
      if not percentage(last) and inlines[i + 5] and inlines[i + 5].t == "Space" and inlines[i + 6]
        and inlines[i + 6].t == "Str" and inlines[i + 6].text:match("^%%") then
        inlines[i + 5] = pandoc.Str(NBSP)
      end
      i = i + 4
    else
      i = i + 1
    end
  end
  return FORMAT == "typst" and signs_kept(inlines) or inlines
end

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

