"""Configuration: the params schema and loading, every path, the one exception family, strict YAML; and the
small tools every layer uses: content hashes, the record of what a process read, a notebook read once per content,
a build's timeline. Imports nothing else of the package."""
