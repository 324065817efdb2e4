"""The capacity chapter's staffing analysis: pure functions on frames (Erlang A per weekday x hour, a simulated
week with redials); no file read, no chart, no text."""
