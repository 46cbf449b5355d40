# Turning option values (defaults, examples) into what the NixOS manual's options.json holds:
# the value itself when it is plain JSON data, otherwise `{ _type = "literalExpression"; text; }`
# with the value printed as Nix text. Uses builtins only, so it behaves the same whatever the
# age of the nixpkgs tree being documented (old trees lack lib.generators.toPretty).
#
# sourceRoot: the tree's directory; a path inside it prints as <nixpkgs/relative/path>, which
# names the same file wherever the tree is, rather than the evaluating machine's directory.
{ sourceRoot ? null }:
let
  inherit (builtins)
    attrNames all concatStringsSep elemAt functionArgs genList isAttrs isBool isFloat isFunction
    isInt isList isPath isString length match replaceStrings split stringLength substring toJSON filter;

  # Values whose nesting goes deeper than this are cut short: a default such as a whole
  # package set would otherwise be walked attribute by attribute.
  maxDepth = 12;

  isDerivation = v: isAttrs v && (v.type or null) == "derivation";

  # The literal markers of every era: literalExample (old), literalExpression, literalMD,
  # literalDocBook (new). literalExample is the old name of literalExpression.
  literalTypes = [ "literalExample" "literalExpression" "literalMD" "literalDocBook" ];
  isLiteral = v: isAttrs v && v ? _type && v ? text && builtins.elem v._type literalTypes;
  # Old trees sometimes wrap a value rather than text (`literalExample { ... }`): print it.
  normaliseLiteral = v: {
    _type = if v._type == "literalExample" then "literalExpression" else v._type;
    text = if isString v.text then v.text else toNix 0 "" v.text;
  };
  literalExpression = text: { _type = "literalExpression"; inherit text; };

  # Plain JSON data: no functions, paths (toJSON would copy them to the store), derivations
  # or other typed values (`_type`: overrides, literals, ...).
  isJson = depth: v:
    if isAttrs v then depth < maxDepth && !(v ? _type) && !isDerivation v
      && all (n: isJson (depth + 1) v.${n}) (attrNames v)
    else if isList v then depth < maxDepth && all (isJson (depth + 1)) v
    else !(isFunction v || isPath v);

  # A package of the scrubbed package set (see options.nix) reads as its attribute path; any
  # other derivation as toPretty shows it. Never forces outPath: that would plan a build.
  derivationText = v: v.__docAttrPath or "<derivation ${v.name or "???"}>";

  identifier = n:
    if match "[a-zA-Z_][a-zA-Z0-9_'-]*" n != null
      && !(builtins.elem n [ "assert" "else" "if" "in" "inherit" "let" "or" "rec" "then" "with" ])
    then n else toJSON n;

  pathText = p:
    let
      s = toString p;
      prefix = "${toString sourceRoot}/";
      n = stringLength prefix;
    in
    if sourceRoot != null && substring 0 n s == prefix then "<nixpkgs/${substring n (-1) s}>" else s;

  lastOf = l: elemAt l (length l - 1);
  initOf = l: genList (i: elemAt l i) (length l - 1);

  # Nix text of a value, in the layout of nixpkgs' lib.generators.toPretty { multiline = true; }.
  toNix = depth: indent: v:
    let
      intro = "\n${indent}  ";
      outro = "\n${indent}";
      inner = toNix (depth + 1) (indent + "  ");
    in
    if isInt v then toString v
    else if isFloat v then toJSON v
    else if isString v then
      let
        lines = filter (l: !isList l) (split "\n" v);
        single = "\"" + concatStringsSep "\\n"
          (map (replaceStrings [ "\\" "\"" "\${" ] [ "\\\\" "\\\"" "\\\${" ]) lines) + "\"";
        escaped = map (replaceStrings [ "\${" "''" ] [ "''\${" "'''" ]) lines;
        last = lastOf escaped;
        multi = "''" + intro + concatStringsSep intro (initOf escaped)
          + (if last == "" then outro else intro + last) + "''";
      in if length lines > 1 then multi else single
    else if isBool v then (if v then "true" else "false")
    else if v == null then "null"
    else if isPath v then pathText v
    else if isFunction v then
      let args = functionArgs v; in
      if args == { } then "<function>"
      else "<function, args: {${concatStringsSep ", "
        (map (n: if args.${n} then n + "?" else n) (attrNames args))}}>"
    else if isLiteral v then (normaliseLiteral v).text
    else if isDerivation v then derivationText v
    else if depth >= maxDepth then "…"
    else if isList v then
      if v == [ ] then "[ ]" else "[" + intro + concatStringsSep intro (map inner v) + outro + "]"
    else if isAttrs v then
      if v == { } then "{ }"
      else "{" + intro
        + concatStringsSep intro (map (n: "${identifier n} = ${inner v.${n}};") (attrNames v))
        + outro + "}"
    else "<unknown>";

  # An option value as options.json holds it, fully evaluated (strings with context included).
  render = v:
    if isLiteral v then normaliseLiteral v
    else if isJson 0 v then v
    else literalExpression (toNix 0 "" v);

  # A `defaultText`: old trees give plain strings that are meant as Nix text.
  renderText = v: if isString v then literalExpression v else render v;
in
{
  inherit render renderText toNix isLiteral;
  # Evaluate `f v` completely: { success; value; }, success = false when it throws or fails an
  # assertion (the only errors builtins.tryEval can catch).
  tryRender = f: v: builtins.tryEval (let x = f v; in builtins.deepSeq x x);
}
