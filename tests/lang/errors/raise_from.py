# raise ... from ...: traceback shows the direct cause; last line is the new error.
print('raising')
raise ValueError("x") from KeyError("y")
