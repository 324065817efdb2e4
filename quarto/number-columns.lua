-- A column of numbers stands right-aligned, its header too, in the PDF and the HTML: Quarto aligns every
-- column of a plain Markdown table left. A column (not the first, which names the rows) whose filled
-- cells are numbers as the report writes them (1.234, 12,5 %, −3,6 %, 232 à 240), beside at most the marks
-- of a figure that is not published ("x", "niet gepubliceerd"), is aligned right; a column the table itself
-- aligns right or centred stays as it is.
-- In the PDF, a table whose cells all fit on one line side by side takes the width its columns need, as every
-- narrow table does: a Markdown pipe table with a line longer than pandoc's line width (72 characters, padding
-- included) got relative column widths and was stretched over the text width, its numbers far from their labels
-- (r25 2020 #16 Tabel 5, Tele-Onthaal #14 Tabel 7). Only a table that must wrap keeps its relative widths.
local ONE_LINE = 86  -- characters of table text (0.9 of the body size) on the text width, less the cells' insets
local number = "^[-+]?%d[%d.,]*%s?%%?$"  -- after clean(): a minus sign is "-", a no-break space a space

local unpublished = { ["x"] = true, ["niet gepubliceerd"] = true, ["niet in de bronnen"] = true }

local function clean(text)
  return (text:gsub("\u{a0}", " "):gsub("\u{2212}", "-"):gsub("^%s+", ""):gsub("%s+$", ""))
end

local function is_number(text)
  local low, high = text:match("^(.-)%s+à%s+(.-)$")
  if low then
    return low:match(number) ~= nil and high:match(number) ~= nil
  end
  return text:match(number) ~= nil
end

local function fits_one_line(el)
  local widest = {}
  local function measure(rows)
    for _, row in ipairs(rows) do
      for i, cell in ipairs(row.cells) do
        local n = utf8.len(pandoc.utils.stringify(cell.contents)) or 0
        widest[i] = math.max(widest[i] or 0, n)
      end
    end
  end
  measure(el.head.rows)
  for _, body in ipairs(el.bodies) do
    measure(body.body)
  end
  local total = 0
  for i = 1, #el.colspecs do
    total = total + (widest[i] or 0) + 2  -- a cell's insets take about two characters
  end
  return total <= ONE_LINE
end

-- r61 (r61 2020 #5): a footnote mark after a number in a right-aligned column ("90 ¹", "240 ¹") hangs outside the
-- column's alignment, so the number's last digit stays under those above and below it: in the PDF its width taken back,
-- in the HTML a span of no width (tables.css: .hanging-mark), its mark standing in the cell's padding, after a narrow
-- space only: on a phone's tight table a full space set it as far from its number as from the next column's.
local MARKS = { "¹", "²", "³", "⁴" }

local function mark_of(text)
  for _, m in ipairs(MARKS) do
    if #text >= #m and text:sub(-#m) == m then
      local rest = text:sub(1, -#m - 1)
      return rest:gsub("\u{a0}$", ""):gsub("%s$", ""), m
    end
  end
  return nil
end

local function hanging(m)
  if FORMAT == "typst" then
    -- the mark set, then as much space taken back: the cell is as wide as its number (a box of no width
    -- wrapped its mark onto a line of its own, r62 2020 #2)
    return pandoc.RawInline("typst", "#context { let m = [#h(0.1em)" .. m .. "]; m; h(-measure(m).width) }")
  elseif FORMAT:match("html") then
    return pandoc.RawInline("html", '<span class="hanging-mark">\u{202f}' .. m .. "</span>")
  end
  return nil
end

local function hang_mark(cell)
  local block = cell.contents[#cell.contents]
  if not block or (block.t ~= "Plain" and block.t ~= "Para") then
    return
  end
  local inlines = block.content
  local last = inlines[#inlines]
  if not last or last.t ~= "Str" then
    return
  end
  local figure, m = mark_of(last.text)
  if m == nil then
    return
  end
  local kept = pandoc.List(inlines)
  if figure == "" then -- "90", " ", "¹": the mark a word of its own
    if #kept < 2 or kept[#kept - 1].t ~= "Space" then
      return
    end
    kept:remove(#kept)
    kept:remove(#kept)
  else
    kept[#kept] = pandoc.Str(figure)
  end
  local raw = hanging(m)
  -- r63 (r63 2020 #1): an estimate's "≈ 37 ¹" hangs its mark too
  local shown = clean(pandoc.utils.stringify(pandoc.Inlines(kept))):gsub("^≈%s*", "")
  if raw == nil or not is_number(shown) then
    return
  end
  kept:insert(raw)
  if FORMAT == "typst" then -- r62 (r62 2020 #2): one box holds the number and its mark, so the mark never wraps
    kept:insert(1, pandoc.RawInline("typst", "#box["))
    kept:insert(pandoc.RawInline("typst", "]"))
  end
  if FORMAT:match("html") then -- the number and its mark never on two lines (report.css: .marked-number)
    kept = pandoc.Inlines({ pandoc.Span(kept, pandoc.Attr("", { "marked-number" })) })
  end
  block.content = kept
end

local function hang_marks(el)
  for i, spec in ipairs(el.colspecs) do
    if i > 1 and spec[1] == "AlignRight" then
      for _, body in ipairs(el.bodies) do
        for _, row in ipairs(body.body) do
          if row.cells[i] then
            hang_mark(row.cells[i])
          end
        end
      end
    end
  end
end

function Table(el)
  if FORMAT == "typst" and fits_one_line(el) then
    for i, spec in ipairs(el.colspecs) do
      el.colspecs[i] = { spec[1], nil }
    end
  end
  for i, spec in ipairs(el.colspecs) do
    if i > 1 and (spec[1] == "AlignDefault" or spec[1] == "AlignLeft") then
      local filled, numbers, marks = 0, 0, 0
      for _, body in ipairs(el.bodies) do
        for _, row in ipairs(body.body) do
          local cell = row.cells[i]
          local text = clean(cell and pandoc.utils.stringify(cell.contents) or "")
          if text ~= "" then
            filled = filled + 1
            if is_number(text) then
              numbers = numbers + 1
            elseif unpublished[text] then
              marks = marks + 1
            end
          end
        end
      end
      if numbers > 0 and numbers + marks == filled then
        el.colspecs[i] = { "AlignRight", spec[2] }
      end
    end
  end
  hang_marks(el)
  return el
end
