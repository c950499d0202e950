package view

import (
	"strconv"

	"github.com/jscd-go/jscd/jscd"
)

// IssuesPanel lists the issues of the editor's text: severity in colour and words, code,
// message in the page's language and path. Each is a button that puts the cursor at its
// place. Issues of one code that occurs more than once are grouped under one line that says
// the code, how many there are and the first message; the group opens to list each of them,
// so that a note repeated nine times reads as one.
func IssuesPanel(in *Input) []Node {
	l := in.Lang
	out := []Node{el("h2", "", l.L("issues"))}
	if in.Stale {
		out = append(out, h("p", at("class", "stale", "role", "status"), T(l.L("issues.stale"))))
	}
	if len(in.Issues) == 0 {
		return append(out, h("p", at("class", "ok", "id", "issues-none"), T(l.L("issues.none"))))
	}
	var counts [3]int
	for _, is := range in.Issues {
		if int(is.Severity) < len(counts) {
			counts[is.Severity]++
		}
	}
	out = append(out, h("p", at("class", "count", "id", "issues-count"), T(fill(l.L("issues.count"),
		"e", strconv.Itoa(counts[0]), "w", strconv.Itoa(counts[1]), "i", strconv.Itoa(counts[2])))))
	listed := in.Issues[:min(len(in.Issues), maxIssuesListed)]
	// Each code's issues, in the order the code first comes.
	var codes []jscd.Code
	byCode := map[jscd.Code][]int{}
	for i, is := range listed {
		if _, seen := byCode[is.Code]; !seen {
			codes = append(codes, is.Code)
		}
		byCode[is.Code] = append(byCode[is.Code], i)
	}
	var items []Node
	for _, code := range codes {
		idx := byCode[code]
		if len(idx) == 1 {
			items = append(items, h("li", nil, issueItem(l, listed[idx[0]], idx[0])...))
			continue
		}
		items = append(items, issueGroup(l, listed, idx))
	}
	out = append(out, h("ol", at("class", "issues", "id", "issue-list"), items...))
	if more := len(in.Issues) - maxIssuesListed; more > 0 {
		out = append(out, h("p", at("class", "count", "id", "issues-more"),
			T(fill(l.L("issues.more"), "n", strconv.Itoa(more)))))
	}
	return out
}

// issueItem is one issue: a button that locates it, and one that applies its suggestion.
func issueItem(l *Lang, is *jscd.Issue, i int) []Node {
	sev := is.Severity.String()
	where := pointer(is.Path)
	if is.Line > 0 {
		where += " (" + strconv.Itoa(is.Line) + ":" + strconv.Itoa(is.Column) + ")"
	}
	if where == "" {
		where = "/"
	}
	kids := []Node{h("button", at("type", "button", "class", "issue sev-"+sev, "data-act", "locate",
		"data-val", strconv.Itoa(i), "data-path", pointer(is.Path), "data-code", string(is.Code)),
		el("span", "sev", l.Enum("severity", sev)),
		verbatim("code", "code", string(is.Code)),
		h("span", at("class", "msg", "dir", "auto"), l.messageNodes(is)...),
		verbatim("code", "path", where))}
	if is.Suggestion != "" {
		kids = append(kids, fixButton(l, i, is.Suggestion))
	}
	return kids
}

// issueGroup is the issues of one code (idx are their indexes), under a summary line: the
// severity and code, how many, and the first message.
func issueGroup(l *Lang, issues []*jscd.Issue, idx []int) Node {
	first := issues[idx[0]]
	sev := first.Severity.String()
	summary := h("summary", at("class", "issue-group-head sev-"+sev),
		el("span", "sev", l.Enum("severity", sev)),
		verbatim("code", "code", string(first.Code)),
		el("span", "times", fill(l.L("issues.times"), "n", strconv.Itoa(len(idx)))),
		h("span", at("class", "msg", "dir", "auto"), l.messageNodes(first)...))
	var items []Node
	for _, i := range idx {
		items = append(items, h("li", nil, issueItem(l, issues[i], i)...))
	}
	return h("li", at("class", "issue-group", "data-code", string(first.Code)),
		h("details", nil, summary, h("ol", at("class", "issues"), items...)))
}
