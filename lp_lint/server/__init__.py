"""`lp-lint server`: the Language Server Protocol over standard input and output.

Imported only by that command (it needs the optional `pygls`), so `lp-lint check` starts as fast
without it. `linting` and `hover` know nothing of the protocol; `protocol` converts; `app` serves.
"""
