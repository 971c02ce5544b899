"""Signing a person in: check the form, find their legislators, recognise a repeat
signer, and save the sign-up with the actions it asks for in one transaction.

Plain Python: the kiosk window, the command line's import and the tests all call it.
"""
