"""The offline district dataset: build it from the sources, open it, look people up.

Nothing in this package imports Qt (tests/test_layers.py keeps it so): the command
line, the tests and the GUI all call it the same way.
"""
