-- HTML only: a heading that a notebook shows (the Markdown output of an embedded cell, e.g. one per helpline in
-- the chapter on the other helplines) sits inside the cell's divs, where pandoc's table of contents does not look.
-- The divs around such a heading are lifted, so the contents list it as the PDF's outline does (typst finds
-- headings anywhere).
local WRAPPERS = { ["quarto-embed-nb-cell"] = true, ["cell"] = true, ["cell-output-display"] = true,
  ["cell-output"] = true }

local function wraps(div)
  for _, class in ipairs(div.classes) do
    if WRAPPERS[class] then return true end
  end
  return false
end

local function has_heading(blocks)
  local found = false
  pandoc.Div(blocks):walk({ Header = function() found = true end })
  return found
end

if not quarto.doc.is_format("html") then
  return {}
end

return {
  { Div = function(div)
      if wraps(div) and has_heading(div.content) then
        return div.content
      end
    end }
}
