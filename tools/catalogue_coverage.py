#!/usr/bin/env python3
"""Checks the OpenResponses catalogue against the recorded real streams.

It reads the catalogue's Java interfaces roughly (annotations, super-interfaces, accessors and their wire names) and
walks every event of every transcript through them: the event family by `type`, then each nested object through the
property that holds it (family members by their own `type`, @StreamValue objects by position). It reports:

  1. VIOLATIONS (must be empty): a required property (not @Nullable, not Optional*, not @DefaultValue) that is absent
     or null in some real object, a JSON value whose kind does not fit the declared Java type, and event types that
     no member declares.
  2. Undeclared members: observed JSON members that no property declares. They land in unknownFields, which is
     acceptable, but should be rare for documented members.
  3. Explicit nulls on nullable/optional properties: decoding turns them into null/empty, and encoding omits them, so
     a re-encoded event loses the `"member": null` unless the codec remembers it. Counted per property.
  4. Nested type values seen that no family member declares (they decode as Unknown<Base>).

Usage: tools/catalogue_coverage.py [--transcripts DIR] [--sources DIR] [--verbose]
Exit status: 0 when there is no violation, 1 otherwise, 2 on bad arguments or missing inputs.
"""
import argparse
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCES = os.path.join(HERE, '..', 'example', 'src', 'main', 'java', 'dev', 'streamevent', 'example',
                               'responses')
DEFAULT_TRANSCRIPTS = os.path.join(HERE, '..', '..', 'shared', 'data', 'transcripts')

# Issue 8: every type of the OpenRouter SDK's StreamEvents union, plus the real OpenAI types it lacks.
EXPECTED_EVENT_TYPES = '''
response.created response.in_progress response.completed response.incomplete response.failed response.queued error
response.output_item.added response.output_item.done response.content_part.added response.content_part.done
response.output_text.delta response.output_text.done response.output_text.annotation.added
response.refusal.delta response.refusal.done
response.function_call_arguments.delta response.function_call_arguments.done
response.reasoning_text.delta response.reasoning_text.done
response.reasoning_summary_part.added response.reasoning_summary_part.done
response.reasoning_summary_text.delta response.reasoning_summary_text.done
response.image_generation_call.in_progress response.image_generation_call.generating
response.image_generation_call.partial_image response.image_generation_call.completed
response.web_search_call.in_progress response.web_search_call.searching response.web_search_call.completed
response.file_search_call.in_progress response.file_search_call.searching response.file_search_call.completed
response.code_interpreter_call.in_progress response.code_interpreter_call.interpreting
response.code_interpreter_call.completed response.code_interpreter_call_code.delta response.code_interpreter_call_code.done
response.custom_tool_call_input.delta response.custom_tool_call_input.done
response.apply_patch_call_operation_diff.delta response.apply_patch_call_operation_diff.done
response.mcp_list_tools.in_progress response.mcp_list_tools.completed response.mcp_list_tools.failed
response.mcp_call.in_progress response.mcp_call.completed response.mcp_call.failed
response.mcp_call_arguments.delta response.mcp_call_arguments.done
response.fusion_call.in_progress response.fusion_call.completed
response.fusion_call.panel.added response.fusion_call.panel.delta response.fusion_call.panel.reasoning.delta
response.fusion_call.panel.completed response.fusion_call.panel.failed
response.fusion_call.analysis.in_progress response.fusion_call.analysis.completed
response.debug
'''.split()

OPTIONAL_TYPES = {'Optional', 'OptionalInt', 'OptionalLong', 'OptionalDouble'}


# ------------------------------------------------------------------------------------------------ Java side

class Prop:
    def __init__(self, accessor, java_type, wire, required, nullable, unknown_fields):
        self.accessor = accessor
        self.java_type = java_type
        self.wire = wire
        self.required = required
        self.nullable = nullable
        self.unknown_fields = unknown_fields


class JavaType:
    def __init__(self, name):
        self.name = name
        self.kind = 'base'        # family | member | value | base
        self.wire_type = None     # for members
        self.discriminator = 'type'
        self.supers = []
        self.own = []             # Prop, declared here


def snake_case(name):
    out = []
    for i, c in enumerate(name):
        if c.isupper():
            if i > 0:
                prev = name[i - 1]
                after_lower_or_digit = prev.islower() or prev.isdigit()
                ends_acronym = prev.isupper() and i + 1 < len(name) and name[i + 1].islower()
                if after_lower_or_digit or ends_acronym:
                    out.append('_')
            out.append(c.lower())
        else:
            out.append(c)
    return ''.join(out)


def strip_comments(src):
    src = re.sub(r'/\*.*?\*/', ' ', src, flags=re.S)
    return re.sub(r'//[^\n]*', ' ', src)


def parse_java(path):
    src = strip_comments(open(path, encoding='utf-8').read())
    m = re.search(r'((?:@\w+(?:\([^)]*\))?\s*)*)public\s+(?:sealed\s+)?interface\s+(\w+)\s*(?:extends\s+([^{]+?))?'
                  r'(?:\s+permits\s+[^{]+)?\s*\{', src)
    if not m or '@interface' in src:
        return None
    annotations, name, extends = m.group(1), m.group(2), m.group(3)
    t = JavaType(name)
    t.supers = [s.strip() for s in extends.split(',')] if extends else []
    fam = re.search(r'@StreamFamily(?:\(([^)]*)\))?', annotations)
    ev = re.search(r'@StreamEvent\(\s*type\s*=\s*"([^"]+)"', annotations)
    if fam:
        t.kind = 'family'
        d = re.search(r'discriminator\s*=\s*"([^"]+)"', fam.group(1) or '')
        if d:
            t.discriminator = d.group(1)
    elif ev:
        t.kind = 'member'
        t.wire_type = ev.group(1)
    elif '@StreamValue' in annotations:
        t.kind = 'value'
    body = src[m.end():src.rfind('}')]
    # Abstract accessors: annotations, a type, a name, (), ;  and @DefaultValue default methods.
    depth = 0
    flat = []
    for ch in body:  # drop default-method bodies
        if ch == '{':
            depth += 1
            if depth == 1:
                flat.append(';')
            continue
        if ch == '}':
            depth -= 1
            continue
        if depth == 0:
            flat.append(ch)
    for decl in ''.join(flat).split(';'):
        decl = ' '.join(decl.split())
        dm = re.match(r'((?:@\w+(?:\([^)]*\))?\s*)*)(default\s+)?((?:@\w+\s+)?[\w.<>, ?]+?)\s+(\w+)\s*\(\s*\)$', decl)
        if not dm:
            continue
        annos, is_default, java_type, accessor = dm.groups()
        annos = annos or ''
        if '@Nullable' in java_type:
            annos += ' @Nullable'
            java_type = java_type.replace('@Nullable', '').strip()
        defaulted = '@DefaultValue' in annos
        if is_default and not defaulted:
            continue  # a helper, not a property
        jn = re.search(r'@JsonName\(\s*"([^"]+)"\s*\)', annos)
        wire = jn.group(1) if jn else snake_case(accessor)
        nullable = '@Nullable' in annos
        outer = java_type.split('<')[0].strip()
        unknown = '@UnknownFields' in annos
        required = not (nullable or outer in OPTIONAL_TYPES or defaulted or unknown)
        t.own.append(Prop(accessor, java_type, wire, required, nullable or outer in OPTIONAL_TYPES or defaulted,
                          unknown))
    return t


def load_catalogue(root):
    types = {}
    for path in glob.glob(os.path.join(root, '**', '*.java'), recursive=True):
        if path.endswith('package-info.java'):
            continue
        t = parse_java(path)
        if t:
            if t.name in types:
                sys.exit('duplicate simple name %s: the checker needs unique names' % t.name)
            types[t.name] = t
    return types


def all_props(types, name, seen=None):
    """Properties of a type with its super-interfaces, super-interfaces first, overridden ones replaced."""
    seen = seen if seen is not None else set()
    if name in seen or name not in types:
        return collections.OrderedDict()
    seen.add(name)
    props = collections.OrderedDict()
    for s in types[name].supers:
        props.update(all_props(types, s, seen))
    for p in types[name].own:
        props[p.accessor] = p
    return props


def family_of(types, name, seen=None):
    seen = seen if seen is not None else set()
    if name in seen or name not in types:
        return None
    seen.add(name)
    if types[name].kind == 'family':
        return name
    for s in types[name].supers:
        f = family_of(types, s, seen)
        if f:
            return f
    return None


def members_by_family(types):
    fams = collections.defaultdict(dict)
    for t in types.values():
        if t.kind == 'member':
            f = family_of(types, t.name)
            if f is None:
                sys.exit('%s is a @StreamEvent outside any family' % t.name)
            if t.wire_type in fams[f]:
                sys.exit('%s and %s both declare %s' % (fams[f][t.wire_type], t.name, t.wire_type))
            fams[f][t.wire_type] = t.name
    return fams


# ------------------------------------------------------------------------------------------------ transcripts

def load_events(tdir):
    out = []
    for path in sorted(glob.glob(os.path.join(tdir, '*'))):
        name = os.path.basename(path)
        if name.endswith('.sse'):
            data = open(path, 'rb').read().decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')
            for block in data.split('\n\n'):
                lines = []
                for line in block.split('\n'):
                    if line.startswith('data:'):
                        v = line[5:]
                        lines.append(v[1:] if v.startswith(' ') else v)
                if not lines:
                    continue
                text = '\n'.join(lines)
                if text.strip() == '[DONE]':
                    continue
                out.append((name, json.loads(text)))
        elif name.endswith('.jsonl'):
            for line in open(path, encoding='utf-8'):
                line = line.strip()
                if not line:
                    continue
                o = json.loads(line)
                if 'effect-native' in name:  # {"json": event} wrapping, then {"text":"[DONE]"}
                    if 'json' not in o:
                        continue
                    o = o['json']
                out.append((name, o))
    return out


# ------------------------------------------------------------------------------------------------ the walk

def json_kind(v):
    if v is None:
        return 'null'
    if isinstance(v, bool):
        return 'boolean'
    if isinstance(v, int):
        return 'integer'
    if isinstance(v, float):
        return 'number'
    if isinstance(v, str):
        return 'string'
    if isinstance(v, list):
        return 'array'
    return 'object'


SCALAR_FITS = {
    'String': {'string'}, 'int': {'integer'}, 'Integer': {'integer'}, 'long': {'integer'}, 'Long': {'integer'},
    'OptionalInt': {'integer'}, 'OptionalLong': {'integer'}, 'double': {'integer', 'number'},
    'Double': {'integer', 'number'}, 'OptionalDouble': {'integer', 'number'}, 'float': {'integer', 'number'},
    'BigDecimal': {'integer', 'number'}, 'BigInteger': {'integer'}, 'boolean': {'boolean'}, 'Boolean': {'boolean'},
}


def split_generic(java_type):
    java_type = java_type.strip()
    if '<' not in java_type:
        return java_type, None
    outer = java_type[:java_type.index('<')].strip()
    inner = java_type[java_type.index('<') + 1:java_type.rindex('>')].strip()
    return outer, inner


class Checker:
    def __init__(self, types):
        self.types = types
        self.families = members_by_family(types)
        self.violations = collections.Counter()       # (kind, message) -> count
        self.violation_where = {}
        self.undeclared = collections.defaultdict(collections.Counter)   # kind label -> member -> count
        self.explicit_nulls = collections.Counter()   # label.member -> count
        self.unknown_nested = collections.Counter()   # family:type -> count
        self.seen_kinds = collections.Counter()

    def violation(self, label, message, where):
        key = (label, message)
        self.violations[key] += 1
        self.violation_where.setdefault(key, where)

    def check_value(self, java_type, value, path, where):
        outer, inner = split_generic(java_type)
        if outer in ('Optional',):
            return self.check_value(inner, value, path, where)
        if value is None:
            return
        kind = json_kind(value)
        if outer == 'List':
            if kind != 'array':
                self.violation(path, 'expected an array, got %s' % kind, where)
                return
            for i, v in enumerate(value):
                if v is None:
                    self.violation(path, 'null element in a list', where)
                    continue
                self.check_value(inner, v, '%s[]' % path, where)
            return
        if outer == 'Map':
            if kind != 'object':
                self.violation(path, 'expected an object, got %s' % kind, where)
                return
            value_type = inner.split(',', 1)[1].strip()
            for k, v in value.items():
                self.check_value(value_type, v, '%s{}' % path, where)
            return
        if outer == 'JsonValue':
            return
        if outer in SCALAR_FITS:
            if kind not in SCALAR_FITS[outer]:
                self.violation(path, '%s cannot hold a JSON %s' % (outer, kind), where)
            return
        t = self.types.get(outer)
        if t is None:
            self.violation(path, 'unsupported Java type %s' % outer, where)
            return
        if kind != 'object':
            self.violation(path, '%s expects an object, got %s' % (outer, kind), where)
            return
        if t.kind == 'family':
            tag = value.get(t.discriminator)
            member = self.families.get(outer, {}).get(tag)
            if member is None:
                self.unknown_nested['%s:%s' % (outer, tag)] += 1
                return
            self.check_object(member, value, '%s<%s>' % (outer, tag), where, skip={t.discriminator})
        else:
            self.check_object(outer, value, outer, where, skip=set())

    def check_object(self, type_name, obj, label, where, skip):
        self.seen_kinds[label] += 1
        props = all_props(self.types, type_name)
        by_wire = {}
        for p in props.values():
            if p.unknown_fields:
                continue
            if p.accessor == 'type' and 'type' in skip:
                continue
            by_wire[p.wire] = p
        for wire, p in by_wire.items():
            present = wire in obj
            value = obj.get(wire)
            if p.required and (not present or value is None):
                self.violation(label, 'required %s (%s) is %s' % (wire, p.accessor, 'null' if present else 'absent'),
                               where)
                continue
            if present and value is None and not p.required:
                self.explicit_nulls['%s.%s' % (label, wire)] += 1
            if present:
                self.check_value(p.java_type, value, '%s.%s' % (label, wire), where)
        for key in obj:
            if key not in by_wire and key not in skip:
                self.undeclared[label][key] += 1

    def check_event(self, event, where):
        fam = 'ResponseStreamEvent'
        tag = event.get('type')
        member = self.families.get(fam, {}).get(tag)
        if member is None:
            self.violation('event', 'no member declares type %r' % tag, where)
            return
        self.check_object(member, event, tag, where, skip={'type'})


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--transcripts', default=DEFAULT_TRANSCRIPTS)
    ap.add_argument('--sources', default=DEFAULT_SOURCES)
    ap.add_argument('--verbose', action='store_true', help='list explicit nulls per property too')
    args = ap.parse_args()
    if not os.path.isdir(args.transcripts) or not os.path.isdir(args.sources):
        print('missing input: transcripts %s, sources %s' % (args.transcripts, args.sources), file=sys.stderr)
        return 2

    types = load_catalogue(args.sources)
    checker = Checker(types)
    events = load_events(args.transcripts)
    for i, (fname, event) in enumerate(events):
        checker.check_event(event, '%s (event %d, %s)' % (fname, i, event.get('type')))

    fams = checker.families
    print('Catalogue: %d interfaces; families: %s' % (
        len(types), ', '.join('%s=%d' % (f, len(m)) for f, m in sorted(fams.items()))))
    missing = sorted(set(EXPECTED_EVENT_TYPES) - set(fams.get('ResponseStreamEvent', {})))
    for tag in missing:
        checker.violation('catalogue', 'issue 8 lists %s, which no member declares' % tag, 'the catalogue')
    extra = sorted(set(fams.get('ResponseStreamEvent', {})) - set(EXPECTED_EVENT_TYPES))
    print('Event types: %d of the %d listed in issue 8, plus %d more: %s' % (
        len(EXPECTED_EVENT_TYPES) - len(missing), len(EXPECTED_EVENT_TYPES), len(extra), ', '.join(extra)))
    print('Transcripts: %d events from %s' % (len(events), os.path.normpath(args.transcripts)))
    print()
    print('1. VIOLATIONS (required absent/null, wrong JSON kind, undeclared event type): %d distinct, %d occurrences'
          % (len(checker.violations), sum(checker.violations.values())))
    for (label, message), n in sorted(checker.violations.items()):
        print('   %-45s %-55s x%d  e.g. %s' % (label, message, n, checker.violation_where[(label, message)]))
    print()
    total_undeclared = sum(sum(c.values()) for c in checker.undeclared.values())
    print('2. Observed members with no declared property (kept in unknownFields): %d distinct, %d occurrences'
          % (sum(len(c) for c in checker.undeclared.values()), total_undeclared))
    for label in sorted(checker.undeclared):
        c = checker.undeclared[label]
        print('   %-45s %s' % (label, ', '.join('%s x%d' % kv for kv in sorted(c.items()))))
    print()
    print('3. Explicit JSON nulls on nullable/optional properties (lost on re-encode if null members are omitted): '
          '%d occurrences over %d properties' % (sum(checker.explicit_nulls.values()), len(checker.explicit_nulls)))
    if args.verbose:
        for key, n in sorted(checker.explicit_nulls.items()):
            print('   %-70s x%d' % (key, n))
    print()
    print('4. Nested type values no member declares (decode as Unknown<Base>): %d distinct, %d occurrences' % (
        len(checker.unknown_nested), sum(checker.unknown_nested.values())))
    for key, n in sorted(checker.unknown_nested.items()):
        print('   %-45s x%d' % (key, n))
    print()
    print('Object kinds checked: %d (%d objects)' % (len(checker.seen_kinds), sum(checker.seen_kinds.values())))
    return 1 if checker.violations else 0


if __name__ == '__main__':
    sys.exit(main())
