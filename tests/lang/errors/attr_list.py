# AttributeError: 'list' object has no attribute 'x'.
lst = []
lst.append(1)
lst.x = 5
