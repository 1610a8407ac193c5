# Format specs for strings.
s = 'text'
print('[%s] [%s] [%s] [%s]' % (format(s, '10'), format(s, '<10'), format(s, '>10'), format(s, '^10')))
print('[%s] [%s] [%s] [%s]' % (format(s, '*^11'), format(s, '-<3'), format(s, '.2'), format(s, '>8.3')))
print('[%s] [%s] [%s]' % (format('', '5'), format('é', '^5'), format('中文', '*>6')))
print(format(s, 's'), format(s, ''), format(s, '0>6'), format(s, '=>6'))
for bad in ('d', '=10', '+', ',', '#'):
    try:
        print(format(s, bad))
    except ValueError as e:
        print('ValueError:', e)
print('{:>{w}}|{:<{w}}|'.format('r', 'l', w=4))
print(format(None, ''), format(True, ''), format([1], ''), format((1, 2), ''))
try:
    format(None, '>5')
except TypeError as e:
    print('TypeError:', e)
