"""The build pipeline, from the command line down: plan (release, deps, cache, up-to-date), execute (Papermill,
warm kernels), assemble (facts, report document, appendices, front matter), render (Quarto), publish."""
