"""`lp-lint report`: the page of one programme, and the page of a whole offer."""
