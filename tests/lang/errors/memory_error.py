# MemoryError (empty message) for an impossible list repetition.
print('allocating')
x = [0] * 10 ** 12
print('not reached')
