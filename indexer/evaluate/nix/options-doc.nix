# NixOS option declarations -> the NixOS manual's options.json:
#   name -> { declarations, default?, description, example?, loc, readOnly, type }
# for visible, non-internal options, sub-options of submodules (`<name>`) included.
#
# Follows nixpkgs' lib.optionAttrSetToDocList (16.09 ... 24.11) with these differences, so that
# one expression works on every era and one bad option cannot abort the whole evaluation:
# - a default, example or description that throws (or fails an assert) is left out instead of
#   failing the evaluation (builtins.tryEval around a full evaluation of the rendered value);
# - defaults and examples stay plain JSON when they are plain data (as in the 16.09-20.09
#   manuals) and become Nix text otherwise (as lib.options.renderOptionValue does);
# - literalExample becomes literalExpression; `{ _type = "mdDoc"; text; }` descriptions become
#   their text; missing descriptions become "".
#
# values = "all" renders every default and example. The fallbacks, for when that fails on an
# error tryEval cannot catch (a missing attribute, a type error), evaluate less: "literal"
# never evaluates a default (defaultText only) and keeps examples that are literals; "none"
# keeps defaultText only.
{ options, showOption ? builtins.concatStringsSep ".", sourceRoot ? null, values ? "all" }:
let
  inherit (builtins) attrNames concatMap filter isAttrs isString listToAttrs map tryEval;
  inherit (import ./render.nix { inherit sourceRoot; }) isLiteral render renderText tryRender;

  isOption = v: isAttrs v && (v._type or null) == "option";

  # All options under an attribute set of options, in attribute order.
  collectOptions = v:
    if isOption v then [ v ]
    else if isAttrs v then concatMap (n: collectOptions v.${n}) (attrNames v)
    else [ ];

  attempt = v: let r = tryEval (builtins.deepSeq v v); in if r.success then r.value else null;

  description = opt:
    let d = attempt (opt.description or null); in
    if d == null then ""
    else if isString d then d
    else if isAttrs d && d ? text then toString d.text # { _type = "mdDoc"; text; }
    else "";

  typeName = opt: attempt (opt.type.description or opt.type.name or null);

  # { default = ...; } / { example = ...; } when present and evaluable, {} otherwise.
  field = name: f: v:
    let r = tryRender f v; in if r.success then { ${name} = r.value; } else { };

  defaultOf = v: if values == "all" then field "default" render v else { };
  exampleOf = v:
    if values == "all" then field "example" render v
    else if values == "literal" then
      let r = tryEval (isLiteral v); in if r.success && r.value then field "example" render v else { }
    else { };

  docOption = opt: {
    name = showOption opt.loc;
    value = {
      inherit (opt) loc;
      declarations = map toString (filter (d: d != "<unknown-file>") (opt.declarations or [ ]));
      description = description opt;
      readOnly = (attempt (opt.readOnly or false)) == true;
      type = let t = typeName opt; in if isString t then t else "unspecified";
    }
    // (if opt ? defaultText then field "default" renderText opt.defaultText
        else if opt ? default then defaultOf opt.default
        else { })
    // (if opt ? example then exampleOf opt.example else { });
  };

  visibility = opt: attempt (opt.visible or true);
  isInternal = opt: attempt (opt.internal or false) == true;

  subOptions = opt:
    let
      getSub = opt.type.getSubOptions or (_: { });
      r = tryEval (let s = getSub opt.loc; in if isAttrs s then s else { });
    in if r.success then r.value else { };

  # The documented options under `options`: an option is listed when it is visible and not
  # internal; its sub-options are walked when it is visible and not "shallow".
  docList = options: concatMap
    (opt:
      let
        visible = visibility opt;
        shown = visible != false && !isInternal opt;
      in
      (if shown then [ (docOption opt) ] else [ ])
      ++ (if visible != false && visible != "shallow" then docList (subOptions opt) else [ ]))
    (collectOptions options);
in
listToAttrs (docList options)
