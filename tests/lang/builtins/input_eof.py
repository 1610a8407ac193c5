# input() with an empty stdin: the prompt is written, then EOFError.
try:
    input()
except EOFError as e:
    print('EOFError:', e)
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError:', e)
try:
    input(42)
except EOFError as e:
    print('EOFError:', e)
try:
    input('a', 'b')
except TypeError as e:
    print('TypeError:', e)
try:
    input(prompt='x')
except TypeError as e:
    print('TypeError:', e)
print(callable(input), input.__name__)
