from array import array

u = array('u', 'héllo')
print(u, len(u), u[1], u.tounicode(), u.itemsize)
u.append('!')
u.extend('ab')
u.fromunicode('xy')
print(u, u.tounicode())
print(u[::-1], u.count('l'), u.index('o'))
print(array('u'), array('u', ['a', 'b']))
for bad in [lambda: u.append('ab'), lambda: u.append(1), lambda: array('b').tounicode(), lambda: array('b').fromunicode('a')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(array('u', 'ab').tobytes())
print(array('u', array('u', 'zz')))
