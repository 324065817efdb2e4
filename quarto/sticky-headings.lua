-- In the PDF, Quarto writes an unnumbered heading (the summary, the appendices) as a typst heading
-- inside a block of its own, and typst keeps a heading with what follows it only within the same
-- block: "Bijlage A. Herkomst" could end a page with its text on the next. This filter (run after
-- Quarto's own, see _quarto.yml) takes the heading out of that block, so no heading ends a page.
-- A mark just before each heading, where the text before it ends: a placed box, which stays where it is when the
-- (sticky) heading goes on to the next page (the template's table rule measures the room under a heading from it).
-- It stands before the heading, not in the heading's show rule: there it would carry the heading's own location,
-- and the contents would give the page the mark stays on, one page too early.
-- r66 (r65 demo #2): a chart floated to the next page (quarto/typst-floats.typ) is placed before the mark's heading
-- or lead-in (place.flush), never after them in another section.
local FLUSH = "#place.flush()\n"
local PLACED = "#place(box())<heading-mark>"
MARK = pandoc.RawBlock("typst", FLUSH .. PLACED)
-- Before a heading's mark, the template's heading-room: a heading with too little room under it for its first lines
-- opens the next page (r47, Tele-Onthaal p.5); with the mark, so the mark goes along and stays where the heading is.
local ROOM = FLUSH .. "#heading-room()\n" .. PLACED
local function heading_mark()
  return pandoc.RawBlock("typst", ROOM)
end
local function is_mark(el)
  return el.t == "RawBlock" and (el.text == MARK.text or el.text == ROOM)
end

-- Chapters flow: a numbered chapter begins where the one before ends, as text does (round 16 made every chapter open
-- a page, which left 2021 p.8 three-quarters and p.14 all but empty, 2020 p.4 two-thirds: r16 2020 #4, 2021 #2).
-- Only a part of its own may open a new page: the technical annex (its heading and opening sentence stood at the foot
-- of the glossary's last page, 2021 r11 #15) and the colophon (report/colophon.md), through the template's
-- part-break: a weak column break (in one column a page break, none at a page's top) when the page before is more
-- than half full, else a rule that sets the part apart on the same page (a forced break left a page with two glossary
-- entries, r21 2021 #12, TO #7). A chapter opens a page only when its heading and first lines do not fit the room
-- left, or when its opening is a short lead-in that goes over with its first table or chart (mark_opening, below).
NEW_PAGE = { ["sec-annex"] = true }
-- The technical annex flows (r24 2020 #17, Tele-Onthaal #12): its blocks ("Bij hoofdstuk 2 …", "Controles van de
-- gegevens") each began a page, leaving pages a third empty, because a heading, its opening and a short table went
-- over together. From its heading on, the state "annex" tells the template to let any table there break over pages
-- (quarto/typst-floats.typ); the colophon (report/colophon.md) ends it. There a heading and the text under it flow as
-- text does; only a short lead-in (ANNEX_LEAD_IN_WORDS, about three lines, or one ending in a colon) goes with the
-- table after it, so a longer introduction ends a page and its table follows at the top of the next.
-- (An annex always on a new page, tried in round 29 and again in r39 for r38 2021 #13, left the glossary's last page
-- 70-88 % empty: reverted both times; the rule sets the annex apart instead.)
BREAK = pandoc.RawBlock("typst", '#place.flush()\n#part-break()\n#state("annex", false).update(true)')
local ANNEX_LEAD_IN_WORDS = 45
-- (An annex heading that opened the next page when a few lines under it would not fit, r31 2020 #14, made the 2021
-- PDF go back and forth between two layouts, r32: left out; test_r19_breaks guards a heading at a page's foot.)

function Header(el)
  if FORMAT ~= "typst" then
    return nil
  end
  if NEW_PAGE[el.identifier] then
    return { BREAK, MARK, el }
  end
  return { heading_mark(), el }
end

-- A definition list (the glossary) keeps its first two entries together, and its heading (sticky in typst) with them:
-- "Verklarende woordenlijst" and one entry stood at the foot of Tele-Onthaal p.5 (r39, TO r38 #12). Each entry is
-- a list of its own in typst already (the template's `terms.item` rule), so the layout is otherwise the same.
function DefinitionList(el)
  if FORMAT ~= "typst" or #el.content < 3 then
    return nil
  end
  local first, rest = pandoc.List(), pandoc.List()
  for i, item in ipairs(el.content) do
    (i <= 2 and first or rest):insert(item)
  end
  return { pandoc.RawBlock("typst", "#block(breakable: false)["), pandoc.DefinitionList(first),
    pandoc.RawBlock("typst", "]"), pandoc.DefinitionList(rest) }
end

function Div(el)
  if FORMAT ~= "typst" or #el.classes > 0 or el.identifier ~= "" then
    return nil
  end
  local first = el.content[1]
  if first and first.t == "Plain" then
    local call = first.content[1]
    if call and call.t == "RawInline" and call.format == "typst" and call.text == "#heading(" then
      for _, inline in ipairs(first.content) do
        if inline.t == "RawInline" then
          for id in inline.text:gmatch("<([%w%-]+)>") do
            if NEW_PAGE[id] then
              return { BREAK, MARK, table.unpack(el.content) }
            end
          end
        end
      end
      return { heading_mark(), table.unpack(el.content) }
    end
  end
  return nil
end

-- The blocks' reading (words, lead-ins, notes, tables, headings): quarto/sticky-blocks.lua, beside this filter.
local reading = dofile(pandoc.path.join({ pandoc.path.directory(PANDOC_SCRIPT_FILE), "sticky-blocks.lua" }))
local SHORT_LEAD_IN_WORDS, words = reading.SHORT_LEAD_IN_WORDS, reading.words
local announces, ends_in_colon = reading.announces, reading.ends_in_colon
local is_float, is_note, table_before, blank = reading.is_float, reading.is_note, reading.table_before, reading.blank
local is_heading, leaves, heading_id = reading.is_heading, reading.leaves, reading.heading_id

-- r57 (demo p.4): a list item that opens with a line ending in a colon and goes on in a list of its own ("afgestemd
-- op gepubliceerde cijfers: …:" and its points) never ends a page with that line. r64 (r64 demo #1): only that line
-- sticks to its first point; the item made one unbreakable block went whole to the next page and left a quarter of
-- demo p.4 empty, a list broken off after its first point: the points below it break over pages as text does.
function BulletList(el)
  for _, item in ipairs(el.content) do
    local first, last = item[1], item[#item]
    if #item >= 2 and (first.t == "Plain" or first.t == "Para") and ends_in_colon(first)
      and (last.t == "BulletList" or last.t == "OrderedList") then
      item:insert(1, pandoc.RawBlock("typst", "#block(sticky: true)["))
      item:insert(3, pandoc.RawBlock("typst", "]"))
    end
  end
  return el
end

local NOTE_FOLLOWS = pandoc.RawBlock("typst", '#state("table-note-follows", false).update(true)')
local NOTE_ENDS = pandoc.RawBlock("typst", '#state("table-note-follows", false).update(false)')

-- A sticky block sticks to the block after it among its siblings: a lead-in that ends a notebook cell's Div (typst
-- writes a Div as a block) had none, and "6.3 Vergelijking van de hulplijnen" with its lead-in stood at the foot of
-- 2021 p.10, the chart overleaf (round 24). Such a Div (no identifier: no label is lost) gives up its blocks in its
-- place, so the lead-in's next sibling is the chart.
local function rebuild(blocks, plan)
  local out = pandoc.List()
  for _, el in ipairs(blocks) do
    if el.t == "Div" then
      el.content = rebuild(el.content, plan)
      if plan.ends_sticky and el.identifier == "" then
        out:extend(el.content)
      else
        out:insert(el)
      end
    elseif plan.keep and is_mark(el) then -- a chapter's heading right before its first section's: no placed mark
      plan.at, plan.keep = plan.at + 1, false -- between (it ended 2021 p.8, r30), and the chapter's asks room for both
      if #out >= 2 and is_mark(out[#out - 1]) then
        out[#out - 1] = pandoc.RawBlock("typst", FLUSH .. "#heading-room(need: 14.5em)\n" .. PLACED)
      end
    elseif blank(el) then -- counted in reading order as every leaf is; it neither ends nor breaks a sticky run
      plan.at = plan.at + 1
      out:insert(el)
    else
      plan.at = plan.at + 1
      local how = plan[plan.at]
      plan.ends_sticky = how == "lead-in" or how == "sticky" or how == "keep" or how == "colon"
      plan.keep = how == "keep"
      if how == "noted" then
        out:extend({ NOTE_FOLLOWS, el })
      elseif how == "note" then
        out:extend({ pandoc.RawBlock("typst", "#block["), el, pandoc.RawBlock("typst", "] <table-note>"), NOTE_ENDS })
      elseif how == "lead-in" then
        if not plan.after_heading[plan.at] then
          out:insert(MARK)
        end
        -- r66 (r65 demo #3): a plain one before a table may stay when the table does not fit (template: loose-lead)
        local loose = plan.loose[plan.at] and not plan.after_heading[plan.at]
        local open = loose and "#loose-lead[" or "#block(sticky: true)["
        out:extend({ pandoc.RawBlock("typst", open), el, pandoc.RawBlock("typst", "] <lead-in>") })
      elseif how == "whole" then
        out:extend({ pandoc.RawBlock("typst", "#block(breakable: false)["), el, pandoc.RawBlock("typst", "]") })
      elseif how == "sticky" then
        out:extend({ pandoc.RawBlock("typst", "#block(sticky: true)["), el, pandoc.RawBlock("typst", "]") })
      elseif how == "colon" then -- r66 (r65 2021 #7): the template's colon-para lets a long one break over pages
        out:extend({ pandoc.RawBlock("typst", "#colon-para["), el, pandoc.RawBlock("typst", "]") })
      elseif how == "plain-mark" then
        out:insert(MARK)
      else
        out:insert(el)
      end
    end
  end
  return out
end

-- A heading (a chapter or a section) stays with the few paragraphs under it and with the table or chart they lead to:
-- "2 Contactnemers" and its opening paragraphs never stand at a page's foot with the chapter's first table overleaf
-- (2020 r13 #8, 2021 r13 #5). When at most OPENING_PARAS paragraphs of at most OPENING_WORDS words together stand
-- between a heading and a table or chart, each is a sticky block: heading, paragraphs and the table's start (or the
-- chart) go to the next page together. A longer opening flows as text does (a 190-word opening moved whole left
-- half a page empty).
local OPENING_PARAS = 4
local FIRST_WORDS = 60 -- a heading's first paragraph this short sticks to the next one (about five lines)
local OPENING_WORDS = 150

local function opening(order, h)
  local count, total, i = 0, 0, h + 1
  while order[i] and order[i].t == "Para" do
    count, total, i = count + 1, total + words(order[i]), i + 1
  end
  if count == 0 or count > OPENING_PARAS or total > OPENING_WORDS or not (order[i] and is_float(order[i])) then
    return {}
  end
  local found = {}
  for j = h + 1, i - 1 do -- the last one, right before the table or chart, is its lead-in when short
    found[#found + 1] = j
  end
  return found
end

-- A chapter's opening paragraph, when it is the only one before its first table or chart and does not point at what
-- follows ("hieronder", a closing colon), is an opening, not a lead-in: the heading and it may end a page, and it flows
-- on the page when longer than ANNEX_LEAD_IN_WORDS (as in the annex), whole under its heading: '4 Campagnes'
-- and its eight-line opening begin on the page where chapter 3 ends, the campaigns' table follows atop the next (r27
-- 2021 #8); 2020's '5 Campagnes' with two of its four lines did not end a page, the rest and the table overleaf.
function mark_opening(order, h, plan)
  local i = h + 1
  while order[i] and order[i].t == "Para" do
    if ends_in_colon(order[i]) or announces(order[i]) then
      return
    end
    i = i + 1
  end
  if i == h + 2 and order[i] and is_float(order[i]) then -- one paragraph; of more, the last is the float's lead-in
    plan.opens[i - 1] = true
  end
end

-- A table's figure at order[j]: a Figure of a table, or Quarto's raw "#figure([" with a table next (blanks between).
local function opens_table(order, j)
  if reading.is_table(order[j]) then
    return true
  end
  local k = j + 1
  while order[k] and blank(order[k]) do
    k = k + 1
  end
  return reading.raw_start(order[j], "^#figure%(%[%s*$") and order[k] ~= nil and order[k].t == "Table"
end

function Pandoc(doc)
  if FORMAT ~= "typst" then
    return nil
  end
  local order = leaves(doc.blocks, {})
  local plan = { at = 0, after_heading = {}, opens = {}, loose = {} }
  local annex = false
  for i, el in ipairs(order) do
    local noted = el.t == "Para" and is_note(el) and table_before(order, i)
    if noted then
      plan[i] = "note"
      plan[noted] = "noted"
    elseif el.t == "Para" and plan.opens[i] and words(el) > ANNEX_LEAD_IN_WORDS then
      plan[i] = "whole" -- whole under its heading, never split with two lines at a page's foot (see mark_opening)
    elseif el.t == "Para" and annex and words(el) > ANNEX_LEAD_IN_WORDS and not ends_in_colon(el) then
      plan[i] = nil -- flows: neither a lead-in nor sticky (see ANNEX_LEAD_IN_WORDS)
    elseif el.t == "Para" then
      local next = order[i + 1]
      -- (r44: a short one, or one that ends in a colon or points at what follows, "hieronder"; see sticky-blocks.lua)
      local leads = words(el) <= SHORT_LEAD_IN_WORDS or ends_in_colon(el) or announces(el)
      if next and is_float(next) and leads then
        plan[i] = "lead-in"
        plan.after_heading[i] = i > 1 and is_heading(order[i - 1])
        plan.loose[i] = opens_table(order, i + 1) and not ends_in_colon(el) and not announces(el)
      elseif ends_in_colon(el) then
        -- before a list, it ends on the page of the list's first point; a long one may break (colon-para)
        plan[i] = next and (next.t == "BulletList" or next.t == "OrderedList") and "colon" or "sticky"
      end
      -- A paragraph that points further on ("De tabel en de figuur hieronder …") is not sticky: only the lead-in
      -- right before the table goes with it; every chapter flows (r28 2021 #6).
    elseif is_heading(el) then
      annex = annex or NEW_PAGE[heading_id(el)] == true
      -- in the annex a heading's opening flows as text does: only the lead-in right before a table goes with it
      -- A chapter's heading keeps only its first paragraph (and the lead-in before its first table or chart) with it:
      -- a chapter begins on the page where the one before ends whenever its heading and opening lines fit, its first
      -- table or chart with its lead-in following on the next page (r27 2021 #8: chapters 2 and 3 each opened a page,
      -- leaving the pages before a third to almost half empty).
      local chapter = el.t == "Header" and el.level == 1
      local nxt = order[i + 1] and is_mark(order[i + 1]) and order[i + 2] or order[i + 1]
      plan[i] = chapter and nxt and is_heading(nxt) and "keep" or nil
      -- A chapter's first section, right under the chapter's heading, flows too: the chapter's heading-room asks room
      -- for both headings and the first lines, and an opening stuck whole to its table took '6 Andere hulplijnen' to
      -- the next page, 2021 p.8 left 37 % empty (r50)
      local prev = order[i - 1] and is_mark(order[i - 1]) and order[i - 2] or order[i - 1]
      local first_section = prev and prev.t == "Header" and prev.level == 1
      local found = (annex or chapter or first_section) and {} or opening(order, i)
      if chapter and not annex then
        mark_opening(order, i, plan)
      end
      for _, j in ipairs(found) do
        plan[j] = "sticky"
      end
      -- A heading's first paragraph, when short, stays with the start of the next one too: a heading and one short
      -- paragraph never end a page with the rest of the section overleaf ('3 Wie neemt contact op' and its two lines
      -- at the foot of 2021 p.7, r19 #2); typst keeps at least two lines of the next paragraph with them.
      -- Only when the next paragraph is short as well: typst moves a sticky block with the whole of a paragraph after
      -- it, so a short first paragraph sticking to a long one took '6 Bereikbaarheid en capaciteit' to the next page
      -- and left a third of 2020 p.7 empty, where the other chapters begin on the page where the one before ends
      -- (r31 2020 #13). Before a long one, the heading keeps its first paragraph and typst at least two lines of the
      -- next (orphans), one rule for every chapter.
      local first, after = order[i + 1], order[i + 2]
      local short = first and first.t == "Para" and words(first) <= FIRST_WORDS
      -- Before a long one, a chapter's short first paragraph is one unbreakable block, which the heading sticks to:
      -- typst broke it with two of its four lines under '6 Bereikbaarheid en capaciteit' at the foot of 2020 p.7
      -- (r31 2020 #17); heading and paragraph now go over together and leave those few lines empty, never a third of
      -- the page (the long paragraph after it does not go along).
      if #found == 0 and short and after and after.t == "Para" and words(after) <= FIRST_WORDS then
        plan[i + 1] = "sticky"
      elseif chapter and not annex and short then
        plan[i + 1] = "whole"
      end
    end
  end
  -- A heading whose table or chart follows at once (or after its lead-in) goes over with it by the template's table
  -- rule, which measures the room from the heading's mark: heading-room there too made two rules move one heading,
  -- and typst did not settle (r48, Tele-Onthaal: "Bij het hoofdstuk …" and Tabel 6). Such a heading keeps the mark only.
  -- So does a heading right after a table or chart (or its note): the room measured at a float's end moved with
  -- the float from one layout pass to the next, and typst did not settle (r49, 2020: a section after Tabel 14 in the
  -- annex). The heading stays sticky, so it never ends a page alone.
  for i, el in ipairs(order) do
    local k = i - 2
    while k > 0 and blank(order[k]) do
      k = k - 1
    end
    local after, before = order[i + 1], order[k]
    local follows_float = table_before(order, i - 1) or (before and (is_float(before) or plan[k] == "note"))
    if is_heading(el) and i > 1 and is_mark(order[i - 1]) and order[i - 1].text == ROOM
      and ((after and (is_float(after) or plan[i + 1] == "lead-in")) or follows_float) then
      plan[i - 1] = "plain-mark"
      -- r57 (2020 p.15): without the room's measure, a short first paragraph goes over whole with its heading (a
      -- heading with three lines under it ended the page); an unbreakable block needs no measure, so typst settles
      if after and after.t == "Para" and plan[i + 1] == nil and words(after) <= 4 * FIRST_WORDS then
        plan[i + 1] = "whole"
      end
    end
  end
  doc.blocks = rebuild(doc.blocks, plan)
  return doc
end
