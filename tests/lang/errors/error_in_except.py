# "During handling of the above exception, another exception occurred".
try:
    {}['a']
except KeyError:
    print('handling KeyError')
    raise TypeError('raised while handling')
