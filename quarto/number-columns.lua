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
  return el
end
