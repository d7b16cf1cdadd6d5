"""Writes BPMN diagram interchange (shapes, edges, labels) from a hand-made layout.

Used to lay the diagrams out once, by hand, as coordinates in layout/*.py; the .bpmn files in bpmn/
are the source from then on (open them in Camunda Modeler). Run: python3 tools/diagrams/layout/apply.py
"""
import math
import re

SIZES = {'task': (100, 80), 'gateway': (50, 50), 'event': (36, 36)}
CHAR = 5.9      # average width of an 11px label character in bpmn-js
LINE = 14       # height of a label line
WRAP = 90       # bpmn-js wraps external labels at 90 px


def lines_of(text, width=WRAP):
    words, lines, cur = text.split(), 0, ''
    for w in words:
        trial = (cur + ' ' + w).strip()
        if len(trial) * CHAR > width and cur:
            lines += 1
            cur = w
        else:
            cur = trial
    return lines + (1 if cur else 0)


def text_width(text):
    return min(WRAP, len(text) * CHAR)


class Plane:
    """One BPMNPlane: the process (or collaboration), or a collapsed subprocess."""

    def __init__(self, element, names):
        self.element = element
        self.names = names          # id -> name, to size labels
        self.shapes = []            # (id, x, y, w, h, extra attrs, label bounds)
        self.edges = []             # (id, points, label bounds)
        self.bounds = {}

    # shapes, placed by their centre
    def _shape(self, id, kind, cx, cy, label=None, attrs='', size=None):
        w, h = size or SIZES[kind]
        x, y = cx - w / 2, cy - h / 2
        self.bounds[id] = (x, y, w, h)
        lab = self._shape_label(id, x, y, w, h, label) if kind != 'task' else None
        self.shapes.append((id, x, y, w, h, attrs, lab))

    def task(self, id, cx, cy, collapsed=False, label=None):
        # A name of three lines or more would run into the task's icon: make the task taller, or wider.
        size = (100, 80)
        name = self.names.get(id, '')
        if lines_of(name, 86) >= 4:
            size = (120, 90) if lines_of(name, 106) <= 3 else (120, 100)
        elif lines_of(name, 86) == 3:
            size = (100, 90)
        self._shape(id, 'task', cx, cy, attrs=' isExpanded="false"' if collapsed else '', size=size)

    def gw(self, id, cx, cy, label='above'):
        self._shape(id, 'gateway', cx, cy, label)

    def ev(self, id, cx, cy, label='below'):
        self._shape(id, 'event', cx, cy, label)

    def boundary(self, id, host, side, cx, label='right'):
        x, y, w, h = self.bounds[host]
        cy = y + h if side == 'bottom' else y
        self._shape(id, 'event', cx, cy, label)

    def pool(self, id, x, y, w, h):
        self.shapes.insert(0, (id, x, y, w, h, ' isHorizontal="true"', None))

    def lane(self, id, x, y, w, h):
        self.shapes.insert(1, (id, x, y, w, h, ' isHorizontal="true"', None))

    def _shape_label(self, id, x, y, w, h, where):
        name = self.names.get(id)
        if not name or where is None:
            return None
        n = lines_of(name)
        lh = n * LINE
        cx, cy = x + w / 2, y + h / 2
        if isinstance(where, tuple):            # explicit centre x, top y
            return (where[0] - WRAP / 2, where[1], WRAP, lh)
        if where == 'below':
            return (cx - WRAP / 2, y + h + 5, WRAP, lh)
        if where == 'above':
            return (cx - WRAP / 2, y - 5 - lh, WRAP, lh)
        if where == 'right':
            tw = max(text_width(line) for line in [name]) if n == 1 else WRAP
            return (x + w + 4 + tw / 2 - WRAP / 2, cy + 4 if id else cy, WRAP, lh)
        if where == 'left':
            tw = text_width(name) if n == 1 else WRAP
            return (x - 4 - tw / 2 - WRAP / 2, cy + 4, WRAP, lh)
        raise ValueError(where)

    # docking points
    def R(self, id):
        x, y, w, h = self.bounds[id]; return (x + w, y + h / 2)

    def L(self, id):
        x, y, w, h = self.bounds[id]; return (x, y + h / 2)

    def T(self, id, dx=0):
        x, y, w, h = self.bounds[id]; return (x + w / 2 + dx, y)

    def B(self, id, dx=0):
        x, y, w, h = self.bounds[id]; return (x + w / 2 + dx, y + h)

    def C(self, id):
        x, y, w, h = self.bounds[id]; return (x + w / 2, y + h / 2)

    def flow(self, id, *points, label=None):
        """points: docking points and corners; label: 'a' above first segment, 'r' right of it, 'l' left, or (cx, top)."""
        pts = [tuple(p) for p in points]
        for a, b in zip(pts, pts[1:]):
            assert a[0] == b[0] or a[1] == b[1], f'{id}: segment {a}->{b} is not orthogonal'
        lab = None
        name = self.names.get(id)
        if name and label:
            n = lines_of(name)
            lh = n * LINE
            tw = text_width(name)
            (x0, y0), (x1, y1) = pts[0], pts[1]
            if isinstance(label, tuple):
                lab = (label[0] - WRAP / 2, label[1], WRAP, lh)
            elif label == 'a':                 # above a horizontal first segment, near its start
                lab = (x0 + 6 + tw / 2 - WRAP / 2, y0 - 4 - lh, WRAP, lh)
            elif label == 'b':                 # below a horizontal first segment
                lab = (x0 + 6 + tw / 2 - WRAP / 2, y0 + 4, WRAP, lh)
            elif label == 'r':                 # right of a vertical first segment
                ystart = min(y0, y1) + 4 if y1 > y0 else y0 - 4 - lh
                lab = (x0 + 5 + tw / 2 - WRAP / 2, ystart, WRAP, lh)
            elif label == 'l':
                ystart = y0 + 4 if y1 > y0 else y0 - 4 - lh
                lab = (x0 - 5 - tw / 2 - WRAP / 2, ystart, WRAP, lh)
            else:
                raise ValueError(label)
        self.edges.append((id, pts, lab))

    def xml(self, diagram_id):
        out = [f'  <bpmndi:BPMNDiagram id="{diagram_id}">',
               f'    <bpmndi:BPMNPlane id="{diagram_id}Plane" bpmnElement="{self.element}">']
        for id, x, y, w, h, attrs, lab in self.shapes:
            out.append(f'      <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"{attrs}>')
            out.append(f'        <dc:Bounds x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" height="{fmt(h)}" />')
            if lab:
                out.append('        <bpmndi:BPMNLabel>')
                out.append(f'          <dc:Bounds x="{fmt(lab[0])}" y="{fmt(lab[1])}" width="{fmt(lab[2])}" height="{fmt(lab[3])}" />')
                out.append('        </bpmndi:BPMNLabel>')
            out.append('      </bpmndi:BPMNShape>')
        for id, pts, lab in self.edges:
            out.append(f'      <bpmndi:BPMNEdge id="{id}_di" bpmnElement="{id}">')
            for x, y in pts:
                out.append(f'        <di:waypoint x="{fmt(x)}" y="{fmt(y)}" />')
            if lab:
                out.append('        <bpmndi:BPMNLabel>')
                out.append(f'          <dc:Bounds x="{fmt(lab[0])}" y="{fmt(lab[1])}" width="{fmt(lab[2])}" height="{fmt(lab[3])}" />')
                out.append('        </bpmndi:BPMNLabel>')
            out.append('      </bpmndi:BPMNEdge>')
        out.append('    </bpmndi:BPMNPlane>')
        out.append('  </bpmndi:BPMNDiagram>')
        return '\n'.join(out)


def fmt(v):
    return str(int(v)) if float(v).is_integer() else f'{v:.1f}'


def names_of(xml):
    names = {}
    for m in re.finditer(r'<bpmn:\w+ id="([^"]+)"[^>]*?\sname="([^"]*)"', xml):
        names[m.group(1)] = m.group(2).replace('&#39;', "'").replace('&amp;', '&')
    return names


def write(path, planes):
    """Replaces every BPMNDiagram of the file with the given planes [(diagram id, Plane)]."""
    xml = open(path, encoding='utf-8').read()
    xml = re.sub(r'\s*<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>', '', xml, flags=re.S)
    di = '\n'.join(p.xml(d) for d, p in planes)
    xml = connect(xml).replace('</bpmn:definitions>', di + '\n</bpmn:definitions>')
    open(path, 'w', encoding='utf-8').write(xml)


NODE_TAGS = ('startEvent', 'endEvent', 'intermediateThrowEvent', 'intermediateCatchEvent', 'boundaryEvent',
             'task', 'userTask', 'serviceTask', 'businessRuleTask', 'sendTask', 'receiveTask', 'scriptTask',
             'callActivity', 'subProcess', 'exclusiveGateway', 'parallelGateway', 'eventBasedGateway', 'inclusiveGateway')


def connect(xml):
    """Writes each flow node's bpmn:incoming and bpmn:outgoing from the sequence flows (Modeler and bpmnlint read them)."""
    xml = re.sub(r'\n\s*<bpmn:(incoming|outgoing)>[^<]*</bpmn:\1>', '', xml)
    incoming, outgoing = {}, {}
    for m in re.finditer(r'<bpmn:sequenceFlow id="([^"]+)"[^>]*?sourceRef="([^"]+)" targetRef="([^"]+)"', xml):
        outgoing.setdefault(m.group(2), []).append(m.group(1))
        incoming.setdefault(m.group(3), []).append(m.group(1))
    pattern = re.compile(r'( *)<bpmn:(' + '|'.join(NODE_TAGS) + r') id="([^"]+)"[^>]*?(/?)>')
    out, pos = [], 0
    for m in pattern.finditer(xml):
        indent, tag, id, closed = m.groups()
        refs = [f'<bpmn:incoming>{f}</bpmn:incoming>' for f in incoming.get(id, [])] + \
               [f'<bpmn:outgoing>{f}</bpmn:outgoing>' for f in outgoing.get(id, [])]
        if not refs:
            continue
        inner = indent + '  '
        if closed:
            out.append(xml[pos:m.start()])
            out.append(m.group(0)[:-2].rstrip() + '>\n' + ''.join(inner + r + '\n' for r in refs) + indent + f'</bpmn:{tag}>')
            pos = m.end()
        else:
            at = m.end()
            while True:
                nxt = re.match(r'\s*<bpmn:(documentation|extensionElements)\b', xml[at:])
                if not nxt:
                    break
                close = xml.index(f'</bpmn:{nxt.group(1)}>', at) + len(f'</bpmn:{nxt.group(1)}>')
                at = close
            out.append(xml[pos:at])
            out.append(''.join('\n' + inner + r for r in refs))
            pos = at
    out.append(xml[pos:])
    return ''.join(out)
