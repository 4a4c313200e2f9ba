"""Package data of kg.viz: the page template, its script and its stylesheet."""
