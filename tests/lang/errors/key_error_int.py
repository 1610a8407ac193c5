# KeyError with an int key.
d = {}
d[1] = 'one'
del d[2]
