# TypeError: unhashable type: 'list'.
s = {1, 2}
s.add([3])
