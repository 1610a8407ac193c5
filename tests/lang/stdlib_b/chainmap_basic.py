from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['color'], cm['user'], len(cm), sorted(cm))
print(list(cm), list(cm.keys()), list(cm.items()))
print('color' in cm, 'nope' in cm, cm.get('nope', 0))
cm['color'] = 'blue'
print(cli, cm['color'])
child = cm.new_child({'user': 'root'})
print(child['user'], child.parents['user'])
print(ChainMap({'a': 1}, {'b': 2}))
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
print(dict(cm))
print(ChainMap().maps, bool(ChainMap()), bool(cm))
