# ValueError: list.remove(x): x not in list.
lst = [1, 2]
lst.remove(1)
lst.remove(5)
