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
      -- a body whose rows do not each name themselves in their first cell (a code table's rows under a group
      -- row) keeps plain cells: an empty row header is announced as nothing (axe: empty-table-header)
      local named = true
      for _, row in ipairs(body.body) do
        if not row.cells[1] or pandoc.utils.stringify(row.cells[1].contents) == "" then
          named = false
        end
      end
      body.row_head_columns = named and 1 or 0
      for _, row in ipairs(body.body) do
        if named and row.cells[1] then
          row.cells[1].attributes.scope = "row"
        end
      end
    end
  end
  return el
end
