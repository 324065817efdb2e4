-- What quarto/sticky-headings.lua reads about the blocks of a document: how many words a paragraph has, whether
-- it is a lead-in, a table's note, a table, a chart or a heading, and the blocks in reading order. A module of plain
-- functions the filter loads (dofile, beside it: Quarto runs a filter in an environment of its own, so the module
-- returns its functions rather than setting globals); no filter of its own (_quarto.yml does not list it).

-- A lead-in paragraph stays with the table, chart or list it introduces: a paragraph ending in a colon ("Waar elk
-- kerncijfer vandaan komt:"), a short one that points at what follows ("De tabel en de figuur hieronder tonen …"), or
-- any short one (at most LEAD_IN_WORDS words) right before a table or chart, in the text read in order, also when a
-- notebook cell ends between them ("In 2021 noemen de bronnen zes grotere campagnes." over the campaigns' table,
-- under the heading "Campagnes"). In the PDF it is a sticky block, never alone at a page's foot with its table
-- overleaf (the template's figure rule makes the start of a table one unbreakable block to stick to). One right
-- before a table or chart is labelled <lead-in>, and has a mark before it like a heading's (none when it follows a
-- heading: the heading's mark serves both), from which the template measures the room for the table: the lead-in
-- may go on to the next page with it, the mark stays. At most LEAD_IN_WORDS words: about eight lines, a tenth of a
-- page at most left empty when it goes along (80 let a 105-word paragraph that says what the chart shows end demo's
-- p.4 with the chart overleaf, r15 demo #6). r44: that pulled a whole paragraph along with its table, leaving 40 %
-- of a page empty (2020 p.5, "Bij 91,2 % …" with Tabel 4; demo p.7): a paragraph that neither ends in a colon nor
-- points at what follows goes along only when it is short (SHORT_LEAD_IN_WORDS, about three lines); a longer one
-- flows, and the table or chart follows on the next page when it does not fit.
local LEAD_IN_WORDS = 120
local SHORT_LEAD_IN_WORDS = 45

local function words(el)
  local count = 0
  for _, inline in ipairs(el.content) do
    if inline.t == "Str" then
      count = count + 1
    end
  end
  return count
end

local function announces(el)
  for _, inline in ipairs(el.content) do
    if inline.t == "Str" and inline.text:lower():match("^hieronder") then
      return words(el) <= LEAD_IN_WORDS
    end
  end
  return false
end

local function ends_in_colon(el)
  local last = el.content[#el.content]
  return last and last.t == "Str" and last.text:sub(-1) == ":"
end

local function raw_start(el, pattern)
  local first = (el.t == "Plain" or el.t == "Para") and el.content[1]
  return first and first.t == "RawInline" and first.format == "typst" and first.text:match(pattern) ~= nil
end

local function is_float(el)
  return el.t == "Figure" or raw_start(el, "^#figure%(")
end

local function is_table(el)
  if el.t == "Figure" then
    return el.identifier:match("^tbl%-") ~= nil
  end
  if not raw_start(el, "^#figure%(") then
    return false
  end
  for _, inline in ipairs(el.content) do
    if inline.t == "RawInline" and inline.text:match("quarto%-float%-tbl") then
      return true
    end
  end
  return false
end

-- A table's note: a short paragraph right under a table that opens with a key and a colon ("x: niet gepubliceerd om
-- kleine aantallen te beschermen"). It stays with its table (demo r14 #5: it stood alone atop the next page): the
-- table is a sticky block (the template's table rule, told by the state table-note-follows) and the note, labelled
-- <table-note>, is what it sticks to.
local NOTE_WORDS = 40

local function blank(el) -- a Plain of raw whitespace only, which Quarto leaves between a cell's outputs
  if el.t ~= "Plain" then
    return false
  end
  for _, inline in ipairs(el.content) do
    if not (inline.t == "RawInline" and inline.text:match("^%s*$")) then
      return false
    end
  end
  return true
end

-- The start of the table right before block i (blank blocks between), or nil. Quarto writes a table's figure as raw
-- pieces: "#figure(" … ")" and its label "<tbl-…>" last.
local function table_before(order, i)
  local j = i - 1
  while j > 0 and blank(order[j]) do
    j = j - 1
  end
  if j > 0 and is_table(order[j]) then
    return j
  end
  if not (j > 0 and raw_start(order[j], "^%s*<tbl%-[%w%-]+>%s*$")) then
    return nil
  end
  while j > 0 and not is_float(order[j]) do
    j = j - 1
  end
  return j > 0 and j or nil
end

-- A footnote under a table ("¹ Bij dit kerncijfer …", the mark the table's cell carries) is a note too: it stood alone
-- atop the next page, its table on the page before (r28 2020 #11).
local MARKS = { ["¹"] = true, ["²"] = true, ["³"] = true, ["⁴"] = true }

local function is_note(el)
  local first = el.content[1]
  return first and first.t == "Str" and (MARKS[first.text] or (#first.text <= 6 and first.text:match("^%S+:$") ~= nil))
    and words(el) <= NOTE_WORDS
end

local function is_heading(el)
  return el.t == "Header" or raw_start(el, "^#heading%(")
end

-- The blocks in reading order, a Div's own blocks in its place (notebook cells are nested Divs).
local function leaves(blocks, found)
  for _, el in ipairs(blocks) do
    if el.t == "Div" then
      leaves(el.content, found)
    else
      found[#found + 1] = el
    end
  end
  return found
end

-- The identifier of a heading: a Header's, or the label of a heading Quarto wrote as raw typst ("#heading(" …
-- "<sec-annex>"), or "".
local function heading_id(el)
  if el.t == "Header" then
    return el.identifier
  end
  for _, inline in ipairs(el.content or {}) do
    if inline.t == "RawInline" then
      local id = inline.text:match("<([%w%-]+)>")
      if id then
        return id
      end
    end
  end
  return ""
end

return {
  LEAD_IN_WORDS = LEAD_IN_WORDS,
  SHORT_LEAD_IN_WORDS = SHORT_LEAD_IN_WORDS,
  words = words,
  announces = announces,
  ends_in_colon = ends_in_colon,
  raw_start = raw_start,
  is_float = is_float,
  is_table = is_table,
  blank = blank,
  table_before = table_before,
  is_note = is_note,
  is_heading = is_heading,
  leaves = leaves,
  heading_id = heading_id,
}
