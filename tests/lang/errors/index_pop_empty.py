# IndexError: pop from empty list.
stack = [1]
print(stack.pop())
stack.pop()
