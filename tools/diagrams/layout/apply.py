"""Lays out bpmn/<name>.bpmn from layout/<module>.py: python3 tools/diagrams/layout/apply.py [name ...]"""
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from di import names_of, write  # noqa: E402

LAYOUTS = {
    'equipment-provisioning': 'provisioning',
    'onboarding': 'onboarding',
    'parcel-incident': 'incident',
    'equipment-return': 'returns',
    'team-equipment-return': 'team_return',
}
ROOT = os.path.join(os.path.dirname(__file__), '..', '..', '..')

for name in sys.argv[1:] or LAYOUTS:
    path = os.path.join(ROOT, 'bpmn', name + '.bpmn')
    module = importlib.import_module(LAYOUTS[name])
    write(path, module.planes(names_of(open(path, encoding='utf-8').read())))
    print('laid out', path)
