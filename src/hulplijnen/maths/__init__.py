"""Pure arithmetic that several layers share: what a rounded figure allows, Erlang A queues. Imports nothing
from the package."""
