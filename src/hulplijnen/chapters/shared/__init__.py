"""What several chapters share: the chapter spec and result (base), a fact recorded and handed to the text in one step
(checked), published key figures (published), the export chapters' cells and titles (export_tables); and the
export chapters' shared text macros (export.md)."""
