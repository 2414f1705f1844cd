//! The recursive-descent parser of the pattern language (see the module above for the syntax).

use credcheck_core::phrase_tokens;

use super::{
    Class, MAX_NESTING, MAX_REPEAT, MAX_SEQUENCE, Node, PatternError, Resolver, SYNTAX, Test,
    highlights, perr, validate,
};

/// Parses `text` into a pattern tree, resolving words and lists through `resolver`.
pub(crate) fn parse(text: &str, resolver: &mut dyn Resolver) -> Result<Node, PatternError> {
    let mut p = Parser {
        text,
        pos: 0,
        depth: 0,
        resolver,
    };
    let node = p.alt()?;
    p.skip_ws();
    if p.pos < text.len() {
        let c = p.peek().unwrap_or(' ');
        return Err(perr(
            p.pos..p.pos + c.len_utf8(),
            format!("unexpected `{c}`"),
            match c {
                ')' => Some("remove it, or add the `(` that it closes".to_owned()),
                ']' => Some("remove it, or add the `[` that it closes".to_owned()),
                _ => None,
            },
        ));
    }
    if highlights(&node).is_none_or(|n| n > 1) {
        return Err(perr(
            0..text.len(),
            "more than one `[ … ]` highlight in one alternative",
            Some("mark one span to highlight in each alternative, and do not repeat it".into()),
        ));
    }
    validate(&node, text)?;
    Ok(node)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    /// Groups open at `pos`.
    depth: usize,
    resolver: &'a mut dyn Resolver,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn skip_ws(&mut self) {
        while let Some(c) = self.peek().filter(|c| c.is_whitespace()) {
            self.pos += c.len_utf8();
        }
    }

    fn alt(&mut self) -> Result<Node, PatternError> {
        let mut arms = vec![self.seq()?];
        loop {
            self.skip_ws();
            if self.peek() != Some('|') {
                break;
            }
            self.pos += 1;
            arms.push(self.seq()?);
        }
        Ok(if arms.len() == 1 {
            arms.pop().unwrap_or(Node::Seq(vec![]))
        } else {
            Node::Alt(arms)
        })
    }

    fn seq(&mut self) -> Result<Node, PatternError> {
        let start = self.pos;
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            match self.peek() {
                None | Some('|' | ')' | ']') => break,
                _ => self.item(&mut items)?,
            }
            if items.len() > MAX_SEQUENCE {
                return Err(perr(
                    start..self.pos,
                    format!("more than {MAX_SEQUENCE} elements in one sequence"),
                    Some("put long phrases in a `[lists]` entry and match it with `@name`".into()),
                ));
            }
        }
        if items.is_empty() {
            let at = self.pos;
            return Err(perr(
                start.min(at)..at.max(start + 1).min(self.text.len().max(1)),
                "empty alternative or group",
                Some("write something to match, or remove the `|` or brackets".into()),
            ));
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Node::Seq(vec![]))
        } else {
            Node::Seq(items)
        })
    }

    /// Parses one element (with its quantifier) and appends it; a run of words appends several.
    fn item(&mut self, items: &mut Vec<Node>) -> Result<(), PatternError> {
        let start = self.pos;
        let c = self.peek().unwrap_or(' ');
        if c == '!' {
            self.pos += 1;
            let inner_start = self.pos;
            let mut inner = Vec::new();
            self.atom(&mut inner)?;
            let tests = single_token_tests(&inner).ok_or_else(|| {
                perr(start..self.pos, "`!` negates one token", Some("negate a word, a list, a class, or a group of those: `!said`, `!@list`, `!(a | b)`; a contraction is two tokens (`didn't` is read `did` `not`): negate `not`".into()))
            })?;
            let _ = inner_start;
            items.push(Node::Not(tests));
        } else {
            self.atom(items)?;
        }
        self.quantifier(items, start)
    }

    fn atom(&mut self, items: &mut Vec<Node>) -> Result<(), PatternError> {
        let start = self.pos;
        let c = self.peek().unwrap_or(' ');
        match c {
            '(' | '[' => {
                if self.depth >= MAX_NESTING {
                    return Err(perr(
                        start..start + 1,
                        format!("groups nested more than {MAX_NESTING} deep"),
                        Some("flatten the pattern: nesting this deep never helps a match".into()),
                    ));
                }
                self.pos += 1;
                self.depth += 1;
                let inner = self.alt();
                self.depth -= 1;
                let inner = inner?;
                self.skip_ws();
                let close = if c == '(' { ')' } else { ']' };
                if self.peek() != Some(close) {
                    return Err(perr(
                        start..start + 1,
                        format!("`{c}` is never closed"),
                        Some(format!("add `{close}`")),
                    ));
                }
                self.pos += 1;
                if c == '[' {
                    items.push(Node::Highlight(Box::new(inner)));
                } else {
                    items.push(inner);
                }
            }
            '"' => {
                self.pos += 1;
                let Some(len) = self.text[self.pos..].find('"') else {
                    return Err(perr(
                        start..start + 1,
                        "quoted phrase is never closed",
                        Some("add the closing `\"`".into()),
                    ));
                };
                let phrase = &self.text[self.pos..self.pos + len];
                self.pos += len + 1;
                let toks = phrase_tokens(phrase);
                if toks.is_empty() {
                    return Err(perr(start..self.pos, "empty quoted phrase", None));
                }
                items.extend(toks.iter().map(|t| Node::Word(self.resolver.word(t))));
            }
            '@' => {
                self.pos += 1;
                let name_len = self.text[self.pos..]
                    .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
                    .unwrap_or(self.text.len() - self.pos);
                let name = &self.text[self.pos..self.pos + name_len];
                self.pos += name_len;
                if name.is_empty() {
                    return Err(perr(
                        start..start + 1,
                        "`@` needs a list name",
                        Some("write `@list-name`".into()),
                    ));
                }
                let id = self
                    .resolver
                    .list(name)
                    .map_err(|(m, h)| perr(start..self.pos, m, h))?;
                items.push(Node::List(id));
            }
            '<' => {
                let Some(len) = self.text[self.pos..].find('>') else {
                    return Err(perr(
                        start..start + 1,
                        "`<` is never closed",
                        Some("write a class like `<cap>`".into()),
                    ));
                };
                let name = &self.text[self.pos + 1..self.pos + len];
                self.pos += len + 1;
                let class = Class::parse(name).ok_or_else(|| {
                    let help = "known classes: <cap>, <num>, <pron>, <quote>, <word>, <punct>, <name>, <org>".to_owned();
                    perr(start..self.pos, format!("unknown token class `<{name}>`"), Some(help))
                })?;
                items.push(Node::Class(class));
            }
            '_' => {
                self.pos += 1;
                items.push(Node::Any);
            }
            '^' => {
                self.pos += 1;
                items.push(Node::Start);
            }
            '$' => {
                self.pos += 1;
                items.push(Node::End);
            }
            c if SYNTAX.contains(&c) => {
                return Err(perr(
                    start..start + c.len_utf8(),
                    format!("unexpected `{c}`"),
                    Some(format!("to match `{c}` literally, quote it: \"{c}\"")),
                ));
            }
            _ => {
                let len = self.text[self.pos..]
                    .find(|c: char| c.is_whitespace() || SYNTAX.contains(&c))
                    .unwrap_or(self.text.len() - self.pos);
                let run = &self.text[self.pos..self.pos + len];
                self.pos += len;
                items.extend(
                    phrase_tokens(run)
                        .iter()
                        .map(|t| Node::Word(self.resolver.word(t))),
                );
            }
        }
        Ok(())
    }

    fn quantifier(&mut self, items: &mut [Node], start: usize) -> Result<(), PatternError> {
        let (min, max) = match self.peek() {
            Some('?') => (0, Some(1)),
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('{') => {
                let Some(len) = self.text[self.pos..].find('}') else {
                    return Err(perr(
                        self.pos..self.pos + 1,
                        "`{` is never closed",
                        Some("write `{min,max}`, e.g. `_{0,6}`".into()),
                    ));
                };
                let body = &self.text[self.pos + 1..self.pos + len];
                let range = self.pos..self.pos + len + 1;
                let bad = || PatternError {
                    range: range.clone(),
                    message: format!("bad repetition `{{{body}}}`"),
                    help: Some("write `{n}`, `{min,max}` or `{min,}` with whole numbers".into()),
                };
                let (min, max) = match body.split_once(',') {
                    None => {
                        let n = body.trim().parse::<u32>().map_err(|_| bad())?;
                        (n, Some(n))
                    }
                    Some((a, b)) => {
                        let min = a.trim().parse::<u32>().map_err(|_| bad())?;
                        let max = if b.trim().is_empty() {
                            None
                        } else {
                            Some(b.trim().parse::<u32>().map_err(|_| bad())?)
                        };
                        (min, max)
                    }
                };
                if max.is_some_and(|m| m < min)
                    || min > MAX_REPEAT
                    || max.is_some_and(|m| m > MAX_REPEAT)
                {
                    return Err(PatternError {
                        range,
                        message: format!("bad repetition `{{{body}}}`"),
                        help: Some(format!(
                            "min must not exceed max, and both at most {MAX_REPEAT}"
                        )),
                    });
                }
                self.pos += len;
                (min, max)
            }
            _ => return Ok(()),
        };
        self.pos += 1;
        let Some(last) = items.last_mut() else {
            return Err(perr(
                start..self.pos,
                "a repetition needs something to repeat",
                None,
            ));
        };
        if matches!(last, Node::Start | Node::End) {
            return Err(perr(
                start..self.pos,
                "`^` and `$` cannot be repeated",
                None,
            ));
        }
        let inner = std::mem::replace(last, Node::Any);
        *last = Node::Repeat(Box::new(inner), min, max);
        Ok(())
    }
}

/// The single-token tests of a negated atom, or `None` if it can span several tokens.
fn single_token_tests(nodes: &[Node]) -> Option<Vec<Test>> {
    fn tests(node: &Node, out: &mut Vec<Test>) -> Option<()> {
        match node {
            Node::Word(w) => out.push(Test::Word(*w)),
            Node::List(l) => out.push(Test::List(*l)),
            Node::Class(c) => out.push(Test::Class(*c)),
            Node::Alt(arms) => arms.iter().try_for_each(|a| tests(a, out))?,
            _ => return None,
        }
        Some(())
    }
    let [node] = nodes else { return None };
    let mut out = Vec::new();
    tests(node, &mut out)?;
    Some(out)
}
