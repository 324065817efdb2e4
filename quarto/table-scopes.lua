-- Every table's header cells say what they head, in the HTML (r26 demo #21): a screen reader reading the long month
-- table cell by cell lost each value's column and row. A header cell is scope="col"; the first cell of each data row,
-- which names the row (a month, a year, a channel: number-columns.lua), is a row header, <th scope="row">. Every
-- release's tables pass here (the notebooks' tables and those of the report's own text). The PDF tags its own
-- header cells (typst).
function Table(el)
  if not FORMAT:match("html") then
    return el
  end
  for _, row in ipairs(el.head.rows) do
    for _, cell in ipairs(row.cells) do
      cell.attributes.scope = "col"
    end
  end
  if #el.colspecs > 1 then
    for _, body in ipairs(el.bodies) do
      body.row_head_columns = 1
      for _, row in ipairs(body.body) do
        if row.cells[1] then
          row.cells[1].attributes.scope = "row"
        end
      end
    end
  end
  return el
end
