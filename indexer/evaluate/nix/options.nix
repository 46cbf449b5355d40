# Entry point: the NixOS options of a nixpkgs tree as the manual's options.json.
#   nix-instantiate --eval --strict --json options.nix --argstr nixpkgs /abs/tree --argstr system x86_64-linux
#   (--argstr values literal: the fallback described in ./options-doc.nix)
# Evaluates <tree>/nixos/lib/eval-config.nix with no modules and converts `options` with
# ./options-doc.nix.
#
# Like the NixOS manual since 20.09 (nixos/modules/misc/documentation.nix), the options are
# evaluated a second time with `pkgs` "scrubbed": every package's outPath becomes the text
# "${pkgs.attr.path}" (and __docAttrPath tells render.nix its name). A default such as
# "${pkgs.foo}/bin/foo" then reads as written in the module, instead of forcing a build plan
# for foo, which is slow and fails (uncatchably) on any broken dependency.
{ nixpkgs, system ? builtins.currentSystem, values ? "all" }:
let
  inherit (builtins) functionArgs intersectAttrs isAttrs mapAttrs;
  root = /. + nixpkgs;
  evalConfig = import (root + "/nixos/lib/eval-config.nix");
  # Only pass arguments this era's eval-config accepts (16.09 has no extraModules).
  evaluate = args: evalConfig (intersectAttrs (functionArgs evalConfig)
    ({ modules = [ ]; inherit system; extraModules = [ ]; } // args));

  isDerivation = v: (v.type or null) == "derivation";
  scrubDerivations = prefix: set: mapAttrs
    (name: value:
      let path = "${prefix}.${name}"; in
      if isAttrs value then
        scrubDerivations path value
        // (if isDerivation value then { outPath = "\${${path}}"; __docAttrPath = path; } else { })
      else value)
    set;

  # 20.09+ move `_module` out of `config`.
  pkgs = let e = evaluate { }; in e._module.args.pkgs or e.config._module.args.pkgs;
  eval = evaluate { specialArgs = { pkgs = scrubDerivations "pkgs" pkgs; }; };
  lib = if builtins.pathExists (root + "/lib/default.nix") then import (root + "/lib") else { };
in
import ./options-doc.nix {
  inherit (eval) options;
  inherit values;
  sourceRoot = nixpkgs;
  showOption = lib.showOption or (builtins.concatStringsSep ".");
}
