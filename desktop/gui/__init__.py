"""Everything Qt: the window, its pages and widgets, background work, translations.

Pages get the services they need through their constructors; services never call
the GUI (DESIGN.md, rules 1 and 2).
"""
