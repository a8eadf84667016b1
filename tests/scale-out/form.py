"""form.py PAGE SELECTOR [BUTTON] -- NAME=VALUE...: prints the form's action, then NAME=VALUE pairs, NUL-separated.
SELECTOR: '#id', 'has:NAME' (the form holding field NAME) or text the action contains. BUTTON: the formaction of the button clicked (contains it).
A NAME=VALUE given replaces the form's value; NAME=~TEXT picks the option whose text contains TEXT; '*radio=V' checks
value V in every radio group. Selects with nothing selected take their first option with a value, as a user would."""
import sys, html.parser, os
page, selector = sys.argv[1], sys.argv[2]
rest = sys.argv[3:]
button = None
if rest and rest[0] != "--":
    button, rest = rest[0], rest[1:]
overrides = rest[1:] if rest and rest[0] == "--" else rest

class Forms(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self.form, self.select, self.option, self.textarea = [], None, None, None, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.form = {"id": a.get("id", ""), "action": a.get("action") or os.environ.get("PAGE_PATH", ""), "fields": [], "selects": {}, "radios": {}, "buttons": []}
            self.forms.append(self.form)
        elif self.form is None:
            return
        elif tag == "input":
            t = (a.get("type") or "text").lower()
            name = a.get("name")
            if not name or t in ("file", "submit", "button", "image", "reset"):
                if t == "submit": self.form["buttons"].append(a)
                return
            if t == "radio":
                self.form["radios"].setdefault(name, [])
                if "checked" in a: self.form["radios"][name] = [a.get("value", "on")] + self.form["radios"][name]
                self.form["radios"][name + "\0all"] = self.form["radios"].get(name + "\0all", []) + [a.get("value", "on")]
            elif t == "checkbox":
                if "checked" in a: self.form["fields"].append([name, a.get("value", "on")])
            else:
                self.form["fields"].append([name, a.get("value", "")])
        elif tag == "select" and a.get("name"):
            self.select = {"name": a["name"], "options": [], "selected": None}
            self.form["selects"][a["name"]] = self.select
        elif tag == "option" and self.select is not None:
            self.option = {"value": a.get("value"), "text": "", "selected": "selected" in a}
            self.select["options"].append(self.option)
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.form["fields"].append(self.textarea)
        elif tag == "button":
            self.form["buttons"].append(a)
    def handle_data(self, data):
        if self.option is not None: self.option["text"] += data
        if self.textarea is not None: self.textarea[1] += data
    def handle_endtag(self, tag):
        if tag == "form": self.form = None
        elif tag == "select": self.select = None
        elif tag == "option": self.option = None
        elif tag == "textarea": self.textarea = None

p = Forms()
p.feed(open(page, encoding="utf-8").read())
def matches(f):
    if selector.startswith("#"): return f["id"] == selector[1:]
    if selector.startswith("has:"):
        return selector[4:] in [n for n, _ in f["fields"]] + list(f["selects"]) + list(f["radios"])
    return selector in f["action"].replace("&amp;", "&")
found = [f for f in p.forms if matches(f)]
if not found:
    sys.stderr.write("no form %s on the page (forms: %s)\n" % (selector, ", ".join(f["id"] or f["action"] for f in p.forms)))
    sys.exit(1)
f = found[0]
values = [list(x) for x in f["fields"]]
for name, s in f["selects"].items():
    opts = s["options"]
    chosen = next((o for o in opts if o["selected"]), None) or next((o for o in opts if o["value"]), None)
    if chosen is not None: values.append([name, chosen["value"] if chosen["value"] is not None else chosen["text"].strip()])
radio_all = None
for o in overrides:
    if o.startswith("*radio="): radio_all = o.split("=", 1)[1]
for name, vals in f["radios"].items():
    if "\0" in name: continue
    if radio_all is not None and radio_all in f["radios"].get(name + "\0all", []): values.append([name, radio_all])
    elif vals: values.append([name, vals[0]])
action = f["action"]
if button:
    b = next((b for b in f["buttons"] if button in (b.get("formaction") or "")), None)
    if b is None:
        sys.stderr.write("no button %s in form %s\n" % (button, selector)); sys.exit(1)
    action = b["formaction"]
for o in overrides:
    if o.startswith("*radio="): continue
    name, value = o.split("=", 1)
    if value.startswith("~") and name in f["selects"]:
        opt = next((x for x in f["selects"][name]["options"] if value[1:] in x["text"]), None)
        if opt is None: sys.stderr.write("no option %s in %s\n" % (value[1:], name)); sys.exit(1)
        value = opt["value"]
    values = [v for v in values if v[0] != name] + [[name, value]]
out = [action.replace("&amp;", "&")] + ["%s=%s" % (n, v) for n, v in values]
sys.stdout.write("\0".join(out) + "\0")
