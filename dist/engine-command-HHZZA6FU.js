import { createRequire as __ferryCreateRequire } from "node:module";
const require = __ferryCreateRequire(import.meta.url);
import {
  clockTime,
  durationBetween,
  exactTime,
  redactDeep,
  relativeTime,
  whenText
} from "./chunk-53GJN2II.js";
import {
  AUTOMATIC_CAUSES,
  BUSY_KINDS,
  FIXED_BUTTONS,
  MAIN_REGION,
  OPERATOR_EVENTS,
  PREVIOUS_TARGET,
  RESTING_KINDS,
  awaitingApproval,
  declaresEvent,
  deploymentStatus,
  duplicateFerryFiles,
  evaluateGuard,
  handlerKey,
  loadLifecycle,
  reportStatusOf,
  runButtons,
  shortVersion,
  stateLine,
  whereText
} from "./chunk-4PTY5XCA.js";
import {
  FerryOctokit,
  GitHubAdapterError,
  Probot,
  isPermissionRefusal,
  rateLimitNote,
  rateLimitOf,
  responseOf,
  retriesOf,
  statusOf
} from "./chunk-DJNMJSLN.js";
import {
  DEFAULT_RUNS_ON,
  FLEET_STAGE,
  INITIAL_FLEET_RECORD,
  INPUT_LIMITS,
  INSTANCE_MESSAGE_LIMIT,
  addSeconds,
  builtinLifecycles,
  checkYamlBounds,
  compareInstanceIds,
  countFleet,
  defined,
  desiredVersionOf,
  ferryFileName,
  formatSeconds,
  formatSourceError,
  instanceUpdateState,
  loadManifest,
  oversize,
  parseDuration,
  resolveAmount,
  tickFleet,
  tooDeep,
  updateNeeded,
  validateAgainst
} from "./chunk-XSZXZDCF.js";
import {
  DEFAULT_INVENTORY_LIMIT
} from "./chunk-JVRHNCZY.js";
import {
  nextInstanceStatus
} from "./chunk-DWO7HIOM.js";
import {
  __commonJS,
  __toESM
} from "./chunk-2QHCXWJ5.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch5 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch5(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch5.compileRe(glob, options) : picomatch5.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch5(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch5.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch5.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch5.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch5.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch5.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch5.isMatch = (str, patterns, options) => picomatch5(patterns, options)(str);
    picomatch5.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch5.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch5.scan = (input, options) => scan(input, options);
    picomatch5.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch5.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch5.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch5.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch5.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch5.constants = constants;
    module.exports = picomatch5;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch5(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch5, pico);
    module.exports = picomatch5;
  }
});

// src/action/commands/engine-command.ts
import { readFileSync } from "node:fs";

// src/adapters/github/app-installations.ts
var PAGES = 100;
async function appInstallations(appClient) {
  const ids = [];
  for (let page = 1; page <= PAGES; page++) {
    const answer = await appClient.request("GET /app/installations", { per_page: 100, page });
    ids.push(...answer.data.map((i) => i.id));
    if (answer.data.length < 100) break;
  }
  return ids;
}
async function installationRepositories(client) {
  const found = [];
  for (let page = 1; page <= PAGES; page++) {
    const answer = await client.request("GET /installation/repositories", {
      per_page: 100,
      page
    });
    const repositories = answer.data.repositories;
    found.push(...repositories.map((r) => ({ owner: r.owner.login, repo: r.name, defaultBranch: r.default_branch })));
    if (repositories.length < 100) break;
  }
  return found;
}
async function appSlug(appClient) {
  const { data } = await appClient.request("GET /app");
  return data?.slug ?? void 0;
}
async function repositoryInstallation(appClient, ref) {
  const { data } = await appClient.request(
    "GET /repos/{owner}/{repo}/installation",
    {
      owner: ref.owner,
      repo: ref.repo
    }
  );
  return data.id;
}
async function defaultBranchOf(client, ref) {
  const { data } = await client.request("GET /repos/{owner}/{repo}", {
    owner: ref.owner,
    repo: ref.repo
  });
  return data.default_branch;
}

// src/adapters/local/system-clock.ts
var systemClock = {
  now: () => (/* @__PURE__ */ new Date()).toISOString(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random()
};

// src/adapters/github/bound-config-reads.ts
var UntrustedFileError = class extends Error {
  constructor(path, message) {
    super(`${path}: ${message}`);
    this.path = path;
  }
  path;
  name = "UntrustedFileError";
};
var guarded = /* @__PURE__ */ new WeakSet();
function boundConfigReads(octokit) {
  if (guarded.has(octokit)) return;
  guarded.add(octokit);
  octokit.hook.after("request", (response, options) => {
    const path = typeof options["path"] === "string" ? options["path"] : "";
    if (typeof response.data !== "string" || !String(options.url).includes("/contents/") || !/\.ya?ml$/i.test(path))
      return;
    const bounds = checkYamlBounds(response.data, INPUT_LIMITS["ferry-config"]);
    if (!bounds.ok) throw new UntrustedFileError(path, bounds.message);
  });
}

// src/app/handlers/check-run-handler.ts
import { createHash } from "node:crypto";

// src/adapters/github/check-run-snapshot.ts
function checkRunSnapshotOf(run) {
  if (typeof run !== "object" || run === null) return void 0;
  const raw = run;
  if (typeof raw.status !== "string") return void 0;
  const output = typeof raw.output === "object" && raw.output !== null ? raw.output : {};
  const text2 = (value) => typeof value === "string" ? value : null;
  return {
    status: raw.status,
    conclusion: text2(raw.conclusion),
    title: text2(output.title),
    summary: text2(output.summary)
  };
}
async function checkRunNow(client, ref, checkRunId) {
  try {
    const answer = await client.request(
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}",
      {
        owner: ref.owner,
        repo: ref.repo,
        check_run_id: checkRunId
      }
    );
    return checkRunSnapshotOf(answer.data);
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw error;
  }
}
function sameCheckRun(a, b) {
  return a.status === b.status && a.conclusion === b.conclusion && a.title === b.title && a.summary === b.summary;
}

// src/app/act-with-retries.ts
var ACT_RETRY_WAITS_MS = [1e3, 4e3];
async function actWithRetries(act, log, what, sleep, waitsMs = ACT_RETRY_WAITS_MS) {
  for (let attempt = 0; ; attempt++) {
    try {
      return { ok: true, value: await act() };
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      const wait2 = waitsMs[attempt];
      if (wait2 === void 0) {
        log.error({ err: error, attempts: attempt + 1 }, `${what}: giving up`);
        return { ok: false, error };
      }
      log.warn({ err: error, attempt: attempt + 1, waitMs: wait2 }, `${what}: failed; trying again`);
      await sleep(wait2);
    }
  }
}

// src/adapters/github/comment-mark.ts
function commentMark(key) {
  const mark = `<!-- ferry:${key} -->`;
  return {
    saidIn: (bodies) => bodies.some((body) => body?.includes(mark) === true),
    bodyOf: (text2) => `${mark}
${text2}`
  };
}

// src/adapters/github/commit-comments.ts
async function commentOnCommitOnce(client, ref, sha, key, body) {
  const mark = commentMark(key);
  const answer = await client.request(
    "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
    {
      owner: ref.owner,
      repo: ref.repo,
      commit_sha: sha,
      per_page: 100
    }
  );
  if (mark.saidIn(answer.data.map((c) => c.body))) return;
  await client.request(
    "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments",
    {
      owner: ref.owner,
      repo: ref.repo,
      commit_sha: sha,
      body: mark.bodyOf(body)
    }
  );
}

// src/adapters/github/commit-check-runs.ts
async function checkRunsOn(client, ref, sha, name, filter) {
  const answer = await client.request(
    "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    {
      owner: ref.owner,
      repo: ref.repo,
      ref: sha,
      check_name: name,
      filter,
      per_page: 100
    }
  );
  return answer.data.check_runs.map((c) => ({
    id: Number(c.id),
    externalId: c.external_id ?? void 0,
    annotationsCount: c.output.annotations_count
  }));
}
async function createCompletedCheckRun(client, ref, run) {
  const created = await client.request(
    "POST /repos/{owner}/{repo}/check-runs",
    {
      owner: ref.owner,
      repo: ref.repo,
      name: run.name,
      head_sha: run.headSha,
      external_id: run.externalId,
      status: "completed",
      conclusion: run.conclusion,
      output: outputOf(run.output)
    }
  );
  return Number(created.data.id);
}
async function updateCheckRunOutput(client, ref, checkRunId, output) {
  await client.request(
    "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
    {
      owner: ref.owner,
      repo: ref.repo,
      check_run_id: checkRunId,
      output: outputOf(output)
    }
  );
}
function outputOf(output) {
  const { title, summary, annotations } = output;
  return annotations ? { title, summary, annotations: [...annotations] } : { title, summary };
}

// src/app/bounded-set.ts
var REMEMBERED_KEYS = 1e3;
var BoundedSet = class {
  constructor(limit = REMEMBERED_KEYS) {
    this.limit = limit;
  }
  limit;
  keys = /* @__PURE__ */ new Set();
  has(key) {
    return this.keys.has(key);
  }
  add(key) {
    this.keys.delete(key);
    this.keys.add(key);
    for (const oldest of this.keys) {
      if (this.keys.size <= this.limit) break;
      this.keys.delete(oldest);
    }
  }
  get size() {
    return this.keys.size;
  }
};

// src/app/config-check.ts
var CONFIG_CHECK = "ferry/config";
var ANNOTATIONS_PER_REQUEST = 50;
var SUMMARY_LIMIT = 65535;
function annotationsOf(errors) {
  return errors.map((e) => ({
    path: e.file,
    start_line: Math.max(1, e.line),
    end_line: Math.max(1, e.line),
    start_column: Math.max(1, e.column),
    end_column: Math.max(1, e.column),
    annotation_level: "failure",
    title: `ferry: ${e.code}`.slice(0, 255),
    message: e.message.slice(0, 64 * 1024)
  }));
}
function configCheckOutput(catalog) {
  const { errors } = catalog;
  if (errors.length === 0) {
    const deployments = [...catalog.manifests.keys()].sort();
    const summary2 = deployments.length === 0 ? "No deployment manifests in `.ferry/deployments/`." : `Deployments: ${deployments.map((d) => `\`${d}\``).join(", ")}.`;
    return { title: "ferry files are valid", summary: summary2 };
  }
  const files = [...new Set(errors.map((e) => e.file))];
  const lines = [
    `${errors.length} error${errors.length === 1 ? "" : "s"} in ${files.length} file${files.length === 1 ? "" : "s"}. Invalid files trigger nothing; the last valid manifest of each deployment stays in force.`,
    "",
    "```",
    ...errors.map(formatSourceError),
    "```"
  ];
  const summary = lines.join("\n");
  return {
    title: `${errors.length} error${errors.length === 1 ? "" : "s"} in ferry files`,
    summary: summary.length <= SUMMARY_LIMIT ? summary : summary.slice(0, SUMMARY_LIMIT - 5) + "\n```"
  };
}
async function reportConfigCheck(client, ref, catalog, options = {}) {
  const output = configCheckOutput(catalog);
  const annotations = annotationsOf(catalog.errors);
  const externalId = `ferry-config:${catalog.commit}`;
  const found = options.rerun ? [] : await checkRunsOn(client, ref, catalog.commit, CONFIG_CHECK, "latest");
  const existing = found.find((c) => c.externalId === externalId);
  let id;
  let sent;
  if (existing) {
    id = existing.id;
    sent = existing.annotationsCount;
    if (sent >= annotations.length) return;
  } else {
    const first = annotations.slice(0, ANNOTATIONS_PER_REQUEST);
    id = await createCompletedCheckRun(client, ref, {
      name: CONFIG_CHECK,
      headSha: catalog.commit,
      externalId,
      conclusion: catalog.errors.length > 0 ? "failure" : "success",
      output: { ...output, annotations: first }
    });
    sent = first.length;
  }
  for (let i = sent; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    await updateCheckRunOutput(client, ref, id, {
      ...output,
      annotations: annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)
    });
}
var validated = /* @__PURE__ */ new WeakMap();
async function validateCommit(client, ref, catalog, force = false) {
  let seen = validated.get(client);
  if (!seen) validated.set(client, seen = new BoundedSet());
  const key = `${ref.owner}/${ref.repo}@${catalog.commit}`;
  if (seen.has(key) && !force) return;
  await reportConfigCheck(client, ref, catalog, { rerun: force });
  seen.add(key);
}

// src/app/outcome-text.ts
var COMMENT_MARK = "<!-- ferry -->";
var COMMENT_LIMIT = 65536;
function describeOutcome(outcome) {
  const name = `\`${outcome.deployment}\``;
  switch (outcome.kind) {
    case "applied":
      return `\u2705 ${name}: ${describeTransitions(outcome.transitions)}`;
    case "refused":
      return `\u274C ${name}: refused (${outcome.reason}): ${outcome.detail}`;
    case "blocked":
      return `\u26D4 ${name}: blocked: ${outcome.detail}`;
    case "unknown-deployment":
      return `\u2754 ${name}: ferry has no valid manifest for this deployment`;
    case "duplicate":
      return `\u21A9\uFE0F ${name}: already done (this event was handled before)`;
  }
}
function describeTransitions(transitions) {
  if (transitions.length === 0) return "accepted";
  const moves = transitions.map(
    (t) => t.from === t.to ? `${t.to}${t.note ? ` (${t.note})` : ""}` : `${t.from} \u2192 ${t.to}${t.note ? ` (${t.note})` : ""}`
  );
  const run = transitions.findLast((t) => t.runId !== void 0)?.runId;
  return `${moves.join(", ")}${run === void 0 ? "" : ` \u2014 run ${run}`}`;
}
function commentBody(heading, lines) {
  const body = [COMMENT_MARK, heading, "", ...lines.map((l) => `- ${l}`)].join("\n");
  return body.length <= COMMENT_LIMIT ? body : body.slice(0, COMMENT_LIMIT - 2) + "\u2026";
}
function worthTelling(outcomes) {
  return outcomes.some((o) => o.kind !== "duplicate");
}

// src/adapters/github/repository-permissions.ts
var REPOSITORY_ROLES = ["none", "read", "triage", "write", "maintain", "admin"];
function isRole(value) {
  return typeof value === "string" && REPOSITORY_ROLES.includes(value);
}
async function repositoryRole(client, ref, login) {
  try {
    const answer = await client.request(
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      {
        owner: ref.owner,
        repo: ref.repo,
        username: login
      }
    );
    const data = answer.data;
    return isRole(data.role_name) ? data.role_name : isRole(data.permission) ? data.permission : "none";
  } catch (error) {
    if (statusOf(error) === 404) return "none";
    throw error;
  }
}

// src/app/permissions.ts
var RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
async function checkPermission(client, ref, login, minimum) {
  const role = await repositoryRole(client, ref, login);
  return { allowed: RANK[role] >= RANK[minimum], role, minimum };
}

// src/adapters/github/pull-request-comments.ts
var DUPLICATE_WINDOW_MS = 6 * 36e5;
async function comment(client, ref, pullNumber, body) {
  await client.request(
    "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    {
      owner: ref.owner,
      repo: ref.repo,
      issue_number: pullNumber,
      body
    }
  );
}
async function commentOnce(client, ref, pullNumber, key, body) {
  const mark = commentMark(key);
  const since = new Date(Date.now() - DUPLICATE_WINDOW_MS).toISOString();
  const answer = await client.request(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    {
      owner: ref.owner,
      repo: ref.repo,
      issue_number: pullNumber,
      since,
      per_page: 100
    }
  );
  if (mark.saidIn(answer.data.map((c) => c.body))) return;
  await comment(client, ref, pullNumber, mark.bodyOf(body));
}

// src/app/handlers/check-run-handler.ts
var BUTTONS = {
  resume: "resume",
  retry: "retry",
  redeploy: "deploy",
  rollback: "rollback",
  pause: "pause",
  drop: "drop"
};
async function handleCheckRun(ctx, press) {
  const { worker, origin } = ctx;
  if (press.kind === "ignored") return;
  const { action, name, headSha, identifier, checkRunId, shown: offered } = press;
  if (name === CONFIG_CHECK) {
    if (action !== "rerequested" || !headSha) return;
    const catalog = await worker.catalog.at(headSha);
    if (catalog) await validateCommit(worker.client, worker.ref, catalog, true);
    return;
  }
  const deployment = name.slice("ferry/".length);
  if (identifier === void 0) return;
  const builtin = FIXED_BUTTONS.includes(identifier) ? BUTTONS[identifier] : void 0;
  const lifecycle = builtin ? void 0 : (await worker.catalog.get(deployment))?.lifecycle;
  const custom = lifecycle && declaresEvent(lifecycle, identifier) ? identifier : void 0;
  if (!builtin && !custom) return;
  const button = builtin ? identifier : custom ?? identifier;
  if (checkRunId !== void 0 && offered) {
    const now = await checkRunNow(worker.client, worker.ref, checkRunId);
    if (!now || !sameCheckRun(now, offered)) {
      ctx.log.info(
        { repo: worker.fullName, deployment, button, delivery: ctx.deliveryId },
        "the check run changed since the button was pressed: answered already (a redelivery or replay), or the deployment moved on"
      );
      return;
    }
  }
  const eventId = checkRunId !== void 0 && offered ? pressId(checkRunId, identifier, offered) : ctx.deliveryId;
  const pulls = press.pullNumbers;
  const tell = async (lines) => {
    ctx.log.info({ repo: worker.fullName, deployment, button, actor: origin.sender }, lines.join(" "));
    const body = commentBody(`The \`${button}\` button on \`${name}\`, pressed by @${origin.sender}:`, lines);
    for (const number of pulls) await commentOnce(worker.client, worker.ref, number, eventId, body);
    if (pulls.length === 0 && headSha) await commentOnCommitOnce(worker.client, worker.ref, headSha, eventId, body);
  };
  const settings = await ctx.settings();
  const verdict = await checkPermission(worker.client, worker.ref, origin.sender, settings.minimumPermission);
  if (!verdict.allowed) {
    return tell([
      `refused: @${origin.sender} has ${verdict.role} access to this repository; acting on deployments needs ${verdict.minimum} or more (\`minimumPermission\` in \`.github/ferry.yml\`).`
    ]);
  }
  const runId = runIdOf(press.externalId, deployment);
  const onRun = builtin === "retry" || builtin === "deploy" || custom !== void 0;
  const shown = onRun ? (await worker.states({ fresh: true })).find((s) => s.deployment === deployment) : void 0;
  const current = shown?.run?.id;
  if (onRun && runId !== void 0 && current !== void 0 && current !== runId) {
    return tell([
      `refused: this check run shows run ${runId}, but \`${deployment}\` is on run ${current} now; use that run's check run.`
    ]);
  }
  const base = { id: eventId, at: ctx.now(), actor: origin.sender, cause: "button" };
  let event;
  if (builtin === "deploy") {
    const version = shown?.rolledBack?.version;
    if (!version) return tell([`refused: \`${deployment}\` has no rolled-back version to redeploy.`]);
    event = { ...base, type: "deploy", version };
  } else event = builtin ? { ...base, type: builtin } : { ...base, type: "custom", name: button };
  const acted = await actWithRetries(
    () => worker.submit([{ deployment, event }]),
    ctx.log,
    `the ${button} button on ${worker.fullName} ${name}`,
    ctx.sleep
  );
  if (!acted.ok) return tell([`ferry could not act: ${acted.error.message}. Press the button again to retry.`]);
  const [outcome] = acted.value;
  if (outcome && (outcome.kind === "refused" || outcome.kind === "blocked" || outcome.kind === "unknown-deployment"))
    await tell([describeOutcome(outcome)]);
}
function pressId(checkRunId, identifier, shown) {
  const digest = createHash("sha256").update(JSON.stringify(shown)).digest("hex").slice(0, 16);
  return `button:${checkRunId}:${identifier}:${digest}`;
}
function runIdOf(externalId, deployment) {
  const prefix = `ferry:${deployment}:`;
  if (!externalId?.startsWith(prefix)) return void 0;
  const id = Number(externalId.slice(prefix.length));
  return Number.isSafeInteger(id) && id > 0 ? id : void 0;
}

// src/adapters/github/webhook-fields.ts
var PayloadError = class extends Error {
  name = "PayloadError";
};
function fail(deliveryId, what) {
  throw new PayloadError(`webhook delivery ${deliveryId}: ${what}`);
}
function record(value, field, deliveryId) {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    fail(deliveryId, `${field} is not an object`);
  return value;
}
function text(value, field, deliveryId) {
  if (typeof value !== "string" || value === "") fail(deliveryId, `${field} is not a non-empty string`);
  return value;
}
function positiveInteger(value, field, deliveryId) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0)
    fail(deliveryId, `${field} is not a positive integer`);
  return value;
}
function attemptOf(value, field, deliveryId) {
  return value === void 0 || value === null ? 1 : positiveInteger(value, field, deliveryId);
}
function timeOf(candidates, field, deliveryId) {
  for (const value of candidates) {
    if (typeof value !== "string") continue;
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  return fail(deliveryId, `${field} is not a time`);
}
function actorOf(body) {
  const sender = body["sender"];
  const login = typeof sender === "object" && sender !== null ? sender["login"] : void 0;
  return typeof login === "string" && login !== "" ? login : "github-actions";
}

// src/adapters/github/stage-run-name.ts
var TITLE = /^ferry (\S+) (\S+) \(run ([1-9]\d{0,9}), attempt ([1-9]\d{0,9})\)$/;
function stageRunName(stage) {
  return `ferry ${stage.deployment} ${stage.stage} (run ${stage.runId}, attempt ${stage.attempt})`;
}
function stageOfRunName(title) {
  if (typeof title !== "string") return void 0;
  const [, deployment, stage, runId, attempt] = TITLE.exec(title) ?? [];
  if (deployment === void 0 || stage === void 0) return void 0;
  return { deployment, stage, runId: Number(runId), attempt: Number(attempt) };
}
function trustedStageName(title, startedBy, dispatcher) {
  if (dispatcher === void 0) return void 0;
  if (dispatcher !== "anyone" && startedBy?.toLowerCase() !== dispatcher.login.toLowerCase()) return void 0;
  return stageOfRunName(title);
}
function runStarter(run) {
  return loginOf(run["triggering_actor"]) ?? loginOf(run["actor"]);
}
function loginOf(user) {
  const login = typeof user === "object" && user !== null ? user["login"] : void 0;
  return typeof login === "string" && login !== "" ? login : void 0;
}

// src/adapters/github/deployment-review-facts.ts
var ACTIONS = /* @__PURE__ */ new Set(["requested", "approved", "rejected"]);
function deploymentReviewFact(payload, deliveryId) {
  const body = record(payload, "payload", deliveryId);
  const action = text(body["action"], "action", deliveryId);
  if (!ACTIONS.has(action)) return void 0;
  const run = record(body["workflow_run"], "workflow_run", deliveryId);
  const common = {
    workflowRunId: positiveInteger(run["id"], "workflow_run.id", deliveryId),
    attempt: attemptOf(run["run_attempt"], "workflow_run.run_attempt", deliveryId),
    ...typeof run["path"] === "string" && run["path"] !== "" ? { workflowPath: run["path"] } : {},
    ...typeof run["display_title"] === "string" ? { title: run["display_title"] } : {},
    ...optionalStarter(runStarter(run))
  };
  if (action === "requested") {
    const owner = ownerOf(body);
    const reviewers = Array.isArray(body["reviewers"]) ? body["reviewers"] : [];
    return {
      kind: "requested",
      ...common,
      request: {
        environment: text(body["environment"], "environment", deliveryId),
        reviewers: reviewers.flatMap((r) => reviewerName(r, owner))
      },
      at: timeOf([body["since"], run["updated_at"]], "since", deliveryId),
      actor: actorOf(body)
    };
  }
  const jobs = Array.isArray(body["workflow_job_runs"]) ? body["workflow_job_runs"] : [body["workflow_job_run"]];
  const environment = jobs.map((j) => typeof j === "object" && j !== null ? j["environment"] : void 0).find((e) => typeof e === "string" && e !== "");
  const comment2 = typeof body["comment"] === "string" && body["comment"].trim() !== "" ? body["comment"].trim() : "";
  const approver = body["approver"];
  const login = typeof approver === "object" && approver !== null ? approver["login"] : void 0;
  return {
    kind: action === "approved" ? "approved" : "rejected",
    ...common,
    environment: environment ?? fail(deliveryId, "workflow_job_runs names no environment"),
    ...comment2 ? { comment: comment2 } : {},
    at: timeOf([run["updated_at"], body["since"]], "workflow_run.updated_at", deliveryId),
    actor: typeof login === "string" && login !== "" ? login : actorOf(body)
  };
}
function reviewerName(entry, owner) {
  if (typeof entry !== "object" || entry === null) return [];
  const { type, reviewer } = entry;
  if (typeof reviewer !== "object" || reviewer === null) return [];
  const fields = reviewer;
  if (type === "User" && typeof fields["login"] === "string") return [fields["login"]];
  if (type === "Team" && typeof fields["slug"] === "string") return [`${owner}/${fields["slug"]}`];
  return [];
}
function approvalEvent(located, fact) {
  const stage = {
    runId: located.runId,
    attempt: located.attempt,
    stage: located.stage,
    externalId: String(fact.workflowRunId)
  };
  const base = {
    id: `gh-run:${fact.workflowRunId}:${fact.attempt}:${fact.kind === "requested" ? "waiting" : fact.kind}`,
    at: fact.at,
    actor: fact.actor,
    cause: "runner",
    stage
  };
  if (fact.kind === "requested")
    return { deployment: located.deployment, event: { ...base, type: "stage.waiting", approval: fact.request } };
  const review = { environment: fact.environment, ...fact.comment ? { comment: fact.comment } : {} };
  return {
    deployment: located.deployment,
    event: { ...base, type: fact.kind === "approved" ? "stage.approved" : "stage.rejected", review }
  };
}
function ownerOf(body) {
  for (const key of ["organization", "repository"]) {
    const holder = body[key];
    if (typeof holder !== "object" || holder === null) continue;
    const fields = holder;
    const owner = fields["owner"];
    const login = key === "organization" ? fields["login"] : typeof owner === "object" && owner !== null ? owner["login"] : void 0;
    if (typeof login === "string" && login !== "") return login;
  }
  return "";
}
function optionalStarter(login) {
  return login === void 0 ? {} : { startedBy: login };
}

// src/adapters/github/workflow-stage-events.ts
function stageEventsFromWorkflow(facts, locate, dispatcher) {
  if (facts.kind === "run") {
    const run = facts;
    if (run.action === "in_progress") {
      const located3 = locate(String(run.id));
      if (located3?.approval !== "waiting") return [];
      return [stageEvent(located3, "stage.started", `gh-run:${run.id}:${run.attempt}:started`, run.id, run)];
    }
    if (run.action !== "completed") return [];
    const located2 = namedStage(run, dispatcher) ?? locate(String(run.id));
    if (!located2) return [];
    const conclusion = run.conclusion ?? "unknown";
    if (conclusion === "success")
      return [
        stageEvent(located2, "stage.succeeded", `gh-run:${run.id}:${run.attempt}:succeeded`, run.id, run, {
          url: run.url
        })
      ];
    const type = conclusion === "timed_out" ? "stage.timed-out" : "stage.failed";
    const outcome = type === "stage.timed-out" ? "timed-out" : "failed";
    return [
      stageEvent(located2, type, `gh-run:${run.id}:${run.attempt}:${outcome}`, run.id, run, {
        url: run.url,
        message: `stage ${located2.stage}: workflow run ${describeConclusion(conclusion)} (${run.url})`
      })
    ];
  }
  const job = facts;
  if (job.action !== "in_progress") return [];
  const located = locate(String(job.runId));
  if (located?.approval !== "waiting") return [];
  return [
    stageEvent(located, "stage.started", `gh-job:${job.id}:${job.attempt}:started`, job.runId, job, { url: job.url })
  ];
}
function namedStage(run, dispatcher) {
  return trustedStageName(run.title, run.startedBy, dispatcher);
}
function waitingRunOf(facts) {
  if (facts.status !== "waiting") return void 0;
  const base = { attempt: facts.attempt, at: facts.at, actor: facts.actor };
  if (facts.kind === "job") return { workflowRunId: facts.runId, ...base };
  return {
    workflowRunId: facts.id,
    ...base,
    ...facts.title === void 0 ? {} : { title: facts.title },
    ...facts.startedBy === void 0 ? {} : { startedBy: facts.startedBy }
  };
}
function locateStage(states, workflowRunId) {
  for (const state of states) {
    const stage = state.stages.findLast((s) => s.externalId === workflowRunId);
    if (stage)
      return {
        deployment: state.deployment,
        stage: stage.stage,
        runId: stage.runId,
        attempt: stage.attempt,
        ...stage.approval ? { approval: stage.approval.state } : {}
      };
  }
  return void 0;
}
function locateNamedStage(states, named) {
  for (const state of states) {
    if (state.deployment !== named.deployment) continue;
    const stage = state.stages.findLast(
      (s) => s.stage === named.stage && s.runId === named.runId && s.attempt === named.attempt
    );
    if (stage?.approval) return { ...named, approval: stage.approval.state };
  }
  return named;
}
function stageEvent(located, type, id, workflowRunId, facts, extra = {}) {
  const stage = {
    runId: located.runId,
    attempt: located.attempt,
    stage: located.stage,
    externalId: String(workflowRunId),
    ...extra
  };
  return {
    deployment: located.deployment,
    event: { type, id, at: facts.at, actor: facts.actor, cause: "runner", stage }
  };
}
var CONCLUSION_WORDS = {
  failure: "failed",
  cancelled: "was cancelled",
  timed_out: "timed out",
  startup_failure: "could not start (startup_failure: check the workflow file)",
  action_required: "is waiting for approval (action_required)",
  stale: "went stale",
  skipped: "was skipped",
  neutral: "ended neutral"
};
function describeConclusion(conclusion) {
  return CONCLUSION_WORDS[conclusion] ?? `ended with conclusion ${conclusion}`;
}

// src/app/handlers/stage-of-run.ts
async function stageOfRun(worker, workflowRunId, fresh, named) {
  const id = String(workflowRunId);
  const cached = await worker.states();
  if (named) return locateNamedStage(cached, named);
  const found = locateStage(cached, id);
  if (found || !fresh) return found;
  return locateStage(await worker.states({ fresh: true }), id);
}

// src/app/handlers/deployment-review-handler.ts
async function handleDeploymentReview(ctx, fact) {
  if (!fact) return;
  if (fact.workflowPath !== void 0 && !fact.workflowPath.endsWith(`/${ctx.workflow}`)) return;
  const named = trustedStageName(fact.title, fact.startedBy, await ctx.dispatcher());
  const located = await stageOfRun(ctx.worker, fact.workflowRunId, true, named);
  if (!located) {
    ctx.log.info(
      { repo: ctx.worker.fullName, delivery: ctx.deliveryId, workflowRunId: fact.workflowRunId },
      "deployment review of a workflow run ferry did not dispatch (or whose dispatch is not recorded yet); ignored"
    );
    return;
  }
  await ctx.worker.submit([approvalEvent(located, fact)]);
}

// src/adapters/github/branch-commits.ts
var COMPARE_COMMIT_LIMIT = 250;
async function branchHead(client, ref, branch) {
  try {
    const answer = await client.request(
      "GET /repos/{owner}/{repo}/branches/{branch}",
      { ...ref, branch }
    );
    return answer.data.commit.sha;
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw error;
  }
}
async function firstParent(client, ref, sha) {
  const answer = await client.request(
    "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
    {
      ...ref,
      commit_sha: sha
    }
  );
  return answer.data.parents[0]?.sha;
}
async function branchCommit(client, ref, sha) {
  const answer = await client.request(
    "GET /repos/{owner}/{repo}/commits/{ref}",
    { ...ref, ref: sha }
  );
  const data = answer.data;
  const parent = data.parents[0]?.sha;
  const changed = parent ? await changesBetween(client, ref, parent, sha) : filesOf(data.files ?? []);
  return { commit: { ...describe(data), changed }, parent };
}
async function walkBranch(client, ref, base, head, cap) {
  if (base === head) return { kind: "same" };
  let answer;
  try {
    answer = await client.request(
      "GET /repos/{owner}/{repo}/compare/{basehead}",
      {
        ...ref,
        basehead: `${base}...${head}`
      }
    );
  } catch (error) {
    if (statusOf(error) === 404) return { kind: "reset", base: head };
    throw error;
  }
  const data = answer.data;
  if (data.status === "identical") return { kind: "same" };
  if (data.status === "behind") return { kind: "reset", base: head };
  if (data.status === "diverged") return { kind: "reset", base: data.merge_base_commit.sha };
  const bySha = new Map(data.commits.map((c) => [c.sha, c]));
  const line = [];
  for (let sha = head; sha !== void 0 && sha !== base; ) {
    const commit = bySha.get(sha);
    if (!commit) break;
    line.unshift(commit);
    sha = commit.parents[0]?.sha;
  }
  const reached = line[0]?.parents[0]?.sha === base;
  if (!reached || data.total_commits > COMPARE_COMMIT_LIMIT) {
    const tip = bySha.get(head);
    return {
      kind: "jump",
      commit: {
        sha: head,
        merge: (tip?.parents.length ?? 1) > 1,
        author: tip ? describe(tip).author : "unknown",
        changed: filesOf(data.files ?? [])
      }
    };
  }
  const taken = line.slice(0, cap);
  const commits = [];
  for (const commit of taken) {
    const parent = commit.parents[0]?.sha ?? base;
    const changed = line.length === 1 && parent === base ? filesOf(data.files ?? []) : await changesBetween(client, ref, parent, commit.sha);
    commits.push({ ...describe(commit), changed });
  }
  return { kind: "ahead", commits, more: line.length > taken.length };
}
async function changesBetween(client, ref, base, head) {
  const answer = await client.request(
    "GET /repos/{owner}/{repo}/compare/{basehead}",
    {
      ...ref,
      basehead: `${base}...${head}`,
      per_page: 1
    }
  );
  return filesOf(answer.data.files ?? []);
}
function describe(commit) {
  return {
    sha: commit.sha,
    merge: commit.parents.length > 1,
    author: commit.author?.login ?? commit.commit.author?.name ?? "unknown"
  };
}
function filesOf(files) {
  const out = [];
  for (const file of files) {
    if (file.status === "added" || file.status === "removed") out.push({ path: file.filename, status: file.status });
    else if (file.status === "renamed") {
      if (file.previous_filename) out.push({ path: file.previous_filename, status: "removed" });
      out.push({ path: file.filename, status: "added" });
    } else out.push({ path: file.filename, status: "modified" });
  }
  return out;
}

// src/adapters/github/pull-request-files.ts
var PAGES2 = 30;
async function pullRequestFiles(client, ref, pullNumber) {
  const files = [];
  for (let page = 1; page <= PAGES2; page++) {
    const answer = await client.request(
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      {
        owner: ref.owner,
        repo: ref.repo,
        pull_number: pullNumber,
        per_page: 100,
        page
      }
    );
    files.push(...answer.data);
    if (answer.data.length < 100) break;
  }
  return filesOf(files);
}

// src/app/payload.ts
function objectAt(value, key) {
  if (typeof value !== "object" || value === null) return void 0;
  const field = value[key];
  return typeof field === "object" && field !== null && !Array.isArray(field) ? field : void 0;
}
function stringAt(value, key) {
  if (typeof value !== "object" || value === null) return void 0;
  const field = value[key];
  return typeof field === "string" ? field : void 0;
}
function numberAt(value, key) {
  if (typeof value !== "object" || value === null) return void 0;
  const field = value[key];
  return typeof field === "number" && Number.isFinite(field) ? field : void 0;
}
function booleanAt(value, key) {
  if (typeof value !== "object" || value === null) return void 0;
  const field = value[key];
  return typeof field === "boolean" ? field : void 0;
}
function arrayAt(value, key) {
  if (typeof value !== "object" || value === null) return [];
  const field = value[key];
  return Array.isArray(field) ? field : [];
}
function stringsAt(value, key) {
  return arrayAt(value, key).filter((item) => typeof item === "string");
}
var SHA = /^[0-9a-f]{40}$/;
function shaAt(value, key) {
  const sha = stringAt(value, key);
  return sha !== void 0 && SHA.test(sha) ? sha : void 0;
}
var NAME = /^[A-Za-z0-9_.-]{1,100}$/;
function originOf(payload, options = {}) {
  const installationId = numberAt(objectAt(payload, "installation"), "id") ?? (options.requireInstallation === false ? 0 : void 0);
  const repository = objectAt(payload, "repository");
  const owner = stringAt(objectAt(repository, "owner"), "login");
  const repo = stringAt(repository, "name");
  const defaultBranch = stringAt(repository, "default_branch");
  const sender = stringAt(objectAt(payload, "sender"), "login") ?? "unknown";
  if (installationId === void 0)
    throw new PayloadError("the webhook has no installation id: is it from this app's installation?");
  if (!owner || !repo || !NAME.test(owner) || !NAME.test(repo))
    throw new PayloadError("the webhook names no valid repository");
  if (!defaultBranch) throw new PayloadError("the webhook's repository has no default branch");
  return { installationId, owner, repo, defaultBranch, fullName: `${owner}/${repo}`, sender };
}

// src/app/webhook-facts/push-facts.ts
var COMMIT_LIMIT = 20;
function pushFactsOf(payload) {
  const ref = stringAt(payload, "ref") ?? "";
  if (!ref.startsWith("refs/heads/") || booleanAt(payload, "deleted") === true) return { kind: "ignored" };
  const after = shaAt(payload, "after");
  if (!after) throw new PayloadError(`the push to ${ref.slice(0, 200)} has no valid after sha`);
  return {
    kind: "branch",
    branch: ref.slice("refs/heads/".length),
    after,
    before: beforeOf(payload),
    forced: booleanAt(payload, "forced") === true,
    commits: arrayAt(payload, "commits").slice(0, COMMIT_LIMIT + 1).map((c) => ({
      added: stringsAt(c, "added"),
      removed: stringsAt(c, "removed"),
      modified: stringsAt(c, "modified")
    }))
  };
}
function beforeOf(payload) {
  const before = shaAt(payload, "before");
  return before === void 0 || /^0+$/.test(before) ? void 0 : before;
}
function pushListsEverything(push) {
  return push.commits.length < COMMIT_LIMIT && !push.forced;
}

// src/app/changed-files.ts
var ZERO_SHA = /^0{40}$/;
function netChanges(commits) {
  const status = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    for (const path of commit.added) status.set(path, status.get(path) === "removed" ? "modified" : "added");
    for (const path of commit.modified) if (status.get(path) !== "added") status.set(path, "modified");
    for (const path of commit.removed) {
      if (status.get(path) === "added") status.delete(path);
      else status.set(path, "removed");
    }
  }
  return [...status].map(([path, s]) => ({ path, status: s })).sort((a, b) => a.path.localeCompare(b.path));
}
async function changedFilesOfPush(push, client, ref) {
  if (pushListsEverything(push) || push.before === void 0 || ZERO_SHA.test(push.before))
    return netChanges(push.commits);
  return changesBetween(client, ref, push.before, push.after);
}
function touchesFerryFiles(changed) {
  return changed.some((f) => f.path.startsWith(".ferry/"));
}

// src/manifest/json-bounds.ts
function checkJsonBounds(text2, limits) {
  const tooLarge = oversize(text2, limits.maxBytes);
  if (tooLarge !== void 0) return { ok: false, offset: 0, message: tooLarge };
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limits.maxDepth) return { ok: false, offset: i, message: tooDeep(limits.maxDepth) };
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return { ok: true };
}
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;

// src/manifest/sync-cursor.ts
function cursorPath(branch) {
  return `sync/${branch.replace(/[^A-Za-z0-9._-]/g, "_")}.json`;
}
function parseSyncCursor(text2, branch) {
  const bounds = checkJsonBounds(text2, INPUT_LIMITS["sync-cursor"]);
  if (!bounds.ok) return { kind: "invalid", detail: `${bounds.message} (at offset ${bounds.offset})` };
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    return { kind: "invalid", detail: error instanceof Error ? error.message : String(error) };
  }
  const problems = validateAgainst("sync-cursor", value);
  if (problems.length > 0)
    return { kind: "invalid", detail: problems.map((p) => `${p.path || "/"}: ${p.message}`).join("; ") };
  const cursor = value;
  if (branch !== void 0 && cursor.branch !== branch)
    return {
      kind: "invalid",
      detail: `the file follows branch ${JSON.stringify(cursor.branch)}, not ${JSON.stringify(branch)}`
    };
  return { kind: "ok", cursor };
}
function serialiseSyncCursor(cursor) {
  const { branch, commit, at, epoch, start } = cursor;
  return JSON.stringify({ branch, commit, at, ...epoch ? { epoch } : {}, ...start ? { start } : {} }, null, 2) + "\n";
}

// src/adapters/github/commit-pull-request.ts
async function mergedPullRequestOf(client, ref, sha) {
  const answer = await client.request(
    "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    {
      owner: ref.owner,
      repo: ref.repo,
      commit_sha: sha,
      per_page: 10
    }
  );
  return answer.data.find((pull) => pull.merge_commit_sha === sha && pull.merged_at !== null)?.number;
}

// src/manifest/deployments-touched.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var MANIFEST_DIR = ".ferry/deployments/";
var LIFECYCLE_DIR = ".ferry/lifecycles/";
function deploymentOfPath(path) {
  if (!path.startsWith(MANIFEST_DIR) || path.slice(MANIFEST_DIR.length).includes("/")) return void 0;
  return ferryFileName(path);
}
function deploymentsTouched(manifests, changed, branch, defaultBranch) {
  const triggered = /* @__PURE__ */ new Set();
  const created = [];
  const removed = [];
  for (const file of changed) {
    const own = deploymentOfPath(file.path);
    if (own === void 0) continue;
    if (file.status === "removed") removed.push(own);
    else {
      if (file.status === "added") created.push(own);
      const manifest = manifests.get(own);
      if (manifest && onBranch(manifest, branch, defaultBranch)) triggered.add(own);
    }
  }
  for (const [name, manifest] of manifests) {
    if (triggered.has(name) || !onBranch(manifest, branch, defaultBranch)) continue;
    const paths = manifest.triggers.paths;
    if (!paths || paths.length === 0) continue;
    const match = (0, import_picomatch.default)(paths, { dot: true });
    if (changed.some((f) => match(f.path))) triggered.add(name);
  }
  return {
    triggered: [...triggered].sort(),
    created: created.sort(),
    removed: removed.filter((r) => !manifests.has(r)).sort()
  };
}
function onBranch(manifest, branch, defaultBranch) {
  const branches = manifest.triggers.branches ?? [defaultBranch];
  return branches.some((pattern) => import_picomatch.default.isMatch(branch, pattern));
}

// src/app/manifests-in-force.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);

// src/manifest/transition-context-of.ts
function transitionContextOf(manifest) {
  const stages = {};
  for (const [name, stage] of Object.entries(manifest.stages)) {
    stages[name] = {
      ...stage.timeoutSeconds === void 0 ? {} : { timeoutSeconds: stage.timeoutSeconds },
      retries: stage.retries,
      ...stage.backoffSeconds === void 0 ? {} : { backoffSeconds: stage.backoffSeconds },
      ...stage.onInterrupt === void 0 ? {} : { onInterrupt: stage.onInterrupt },
      ...stage.approvalTimeoutSeconds === void 0 ? {} : { approvalTimeoutSeconds: stage.approvalTimeoutSeconds }
    };
  }
  if (manifest.strategy?.fleet === true && !Object.hasOwn(stages, FLEET_STAGE)) stages[FLEET_STAGE] = { retries: 0 };
  return {
    quick: manifest.quick,
    ...manifest.type === void 0 ? {} : { type: manifest.type },
    allowDrop: manifest.scope.allowDrop,
    autoRollback: manifest.strategy?.autoRollback ?? true,
    ...thresholdOf(manifest),
    stages,
    timers: { ...manifest.timers }
  };
}
function thresholdOf(manifest) {
  const amount = manifest.strategy?.failureThreshold;
  if (amount === void 0) return {};
  return amount.kind === "count" ? { threshold: amount.count } : { thresholdPercent: amount.percent };
}
function lifecycleFor(lifecycle, manifest) {
  if (manifest.concurrency === void 0 || manifest.concurrency === lifecycle.concurrency) return lifecycle;
  return { ...lifecycle, concurrency: manifest.concurrency };
}

// src/manifest/deployment-spec-of.ts
function deploymentSpecOf(manifest, lifecycle, secretValue = () => void 0) {
  const names = new Set(manifest.secrets);
  for (const value of Object.values(manifest.env)) if (typeof value === "object") names.add(value.secret);
  const secretValues = [...names].map(secretValue).filter((v) => typeof v === "string" && v.length > 0);
  return {
    name: manifest.name,
    lifecycle: lifecycleFor(lifecycle, manifest),
    context: transitionContextOf(manifest),
    environment: manifest.environment,
    ...manifest.environmentUrl === void 0 ? {} : { environmentUrl: manifest.environmentUrl },
    runsOn: stageRunsOnOf(manifest),
    secretValues,
    ...manifest.promotion === void 0 ? {} : { promotion: manifest.promotion },
    ...manifest.strategy?.fleet === true ? { fleet: fleetPolicyOf(manifest.strategy) } : {}
  };
}
function stageRunsOnOf(manifest) {
  const stages = {};
  for (const [key, stage] of Object.entries(manifest.stages)) {
    const dot = key.indexOf(".");
    if (dot >= 0 && key.slice(0, dot) !== manifest.type) continue;
    if (dot < 0 && manifest.type !== void 0 && Object.hasOwn(manifest.stages, `${manifest.type}.${key}`)) continue;
    stages[key.slice(dot + 1)] = stage.runsOn ?? manifest.runsOn;
  }
  return { default: manifest.runsOn, stages };
}
function fleetPolicyOf(strategy) {
  const { batchSize, failureThreshold, autoRollback, degraded } = strategy;
  return { batchSize, failureThreshold, autoRollback, degraded };
}

// src/manifest/preview-name.ts
function previewName(deployment, pullNumber) {
  return `${deployment}-pr-${pullNumber}`;
}
function parsePreviewName(name) {
  const [, base, pullNumber] = /^(.+)-pr-(\d+)$/.exec(name) ?? [];
  return base && pullNumber ? { base, pullNumber: Number(pullNumber) } : void 0;
}
function isPreviewTemplate(manifest) {
  return manifest.triggers.pullRequests;
}
function previewEnvironment(manifest, pullNumber) {
  return `${manifest.environment}-pr-${pullNumber}`;
}

// src/adapters/github/github-catalog.ts
var CATALOG_QUERY = `query ferryCatalog($owner: String!, $name: String!, $rev: String!, $dir: String!) {
  repository(owner: $owner, name: $name) {
    commit: object(expression: $rev) { oid }
    dir: object(expression: $dir) {
      ... on Tree {
        entries {
          name
          type
          object { ... on Tree { entries { name type object { ... on Blob { text isTruncated } } } } }
        }
      }
    }
  }
}`;
async function readCatalogAt(client, ref, rev) {
  const answer = await client.graphql(CATALOG_QUERY, {
    owner: ref.owner,
    name: ref.repo,
    rev,
    dir: `${rev}:.ferry`
  });
  const commit = answer.repository?.commit?.oid;
  if (!commit) return void 0;
  const folders = /* @__PURE__ */ new Map();
  for (const entry of answer.repository?.dir?.entries ?? []) {
    if (entry.type === "tree") folders.set(`.ferry/${entry.name}/`, entry.object?.entries ?? []);
  }
  const errors = [];
  const lifecycles = new Map(builtinLifecycles());
  for (const [path, text2] of texts(folders.get(LIFECYCLE_DIR), LIFECYCLE_DIR, errors)) {
    const loaded = loadLifecycle(text2, path);
    if (loaded.ok) lifecycles.set(loaded.lifecycle.name, loaded.lifecycle);
    else errors.push(...loaded.errors);
  }
  const manifests = /* @__PURE__ */ new Map();
  for (const [path, text2] of texts(folders.get(MANIFEST_DIR), MANIFEST_DIR, errors)) {
    const loaded = loadManifest(text2, path, { knownLifecycles: lifecycles });
    if (loaded.ok) manifests.set(loaded.manifest.name, loaded.manifest);
    else errors.push(...loaded.errors);
  }
  return { commit, manifests, lifecycles, errors };
}
function texts(entries, dir, errors) {
  const out = [];
  const files = (entries ?? []).filter((entry) => entry.type === "blob" && ferryFileName(entry.name) !== void 0);
  const duplicates = duplicateFerryFiles(files.map((entry) => `${dir}${entry.name}`));
  errors.push(...duplicates.errors);
  for (const entry of files) {
    const path = `${dir}${entry.name}`;
    if (duplicates.duplicates.has(path)) continue;
    const text2 = entry.object?.text;
    if (typeof text2 !== "string" || entry.object?.isTruncated) {
      errors.push({
        file: path,
        line: 1,
        column: 1,
        path: "",
        message: "the file is binary or too large for ferry to read",
        code: "file"
      });
      continue;
    }
    out.push([path, text2]);
  }
  return out.sort(([a], [b]) => a.localeCompare(b));
}
var CACHED_COMMITS = 16;
function manifestAt(catalog, manifest) {
  const lifecycle = catalog.lifecycles.get(manifest.lifecycle);
  return lifecycle && { manifest, lifecycle, source: { commit: catalog.commit, path: manifest.file } };
}
var GitHubCatalog = class {
  constructor(client, ref, options) {
    this.client = client;
    this.ref = ref;
    this.options = options;
  }
  client;
  ref;
  options;
  commits = /* @__PURE__ */ new Map();
  /** The catalog at a commit sha (remembered) or a branch (read each time, then remembered by its commit). */
  at(rev) {
    const isSha = /^[0-9a-f]{40}$/.test(rev);
    const known = isSha ? this.commits.get(rev) : void 0;
    if (known) return known;
    const reading = readCatalogAt(this.client, this.ref, rev);
    if (isSha) this.remember(rev, reading);
    else
      void reading.then(
        (read) => read && this.remember(read.commit, Promise.resolve(read)),
        () => void 0
      );
    return reading;
  }
  remember(commit, reading) {
    this.commits.delete(commit);
    this.commits.set(commit, reading);
    reading.catch(() => this.commits.delete(commit));
    const oldest = this.commits.keys().next();
    if (this.commits.size > CACHED_COMMITS && !oldest.done) this.commits.delete(oldest.value);
  }
  /**
   * The deployments whose manifest promotes from `source` (`promotion.from`), judged at the
   * version `source` runs now (the commit being promoted, as GitHub holds it), else at the
   * manifest its state records, else on the default branch.
   */
  async promotedFrom(source) {
    const recorded = await this.options.recorded?.(source);
    let catalog = recorded?.version ? await this.at(recorded.version).catch(() => void 0) : void 0;
    if (!catalog && recorded?.manifest) catalog = await this.at(recorded.manifest.commit);
    catalog ??= await this.at(this.options.defaultBranch());
    return [...catalog?.manifests.values() ?? []].filter((m) => m.promotion?.from === source).map((m) => m.name);
  }
  async get(deployment, source) {
    if (source) return this.specAt(deployment, source.commit, source.path);
    const recorded = await this.options.recorded?.(deployment);
    if (recorded?.manifest) return this.specAt(deployment, recorded.manifest.commit, recorded.manifest.path);
    const version = recorded?.version;
    const found = version ? await this.specAt(deployment, version).catch(() => void 0) : void 0;
    return found ?? this.specAt(deployment, this.options.defaultBranch());
  }
  /** The spec from the manifest at a commit (at `path` there when given); read once per commit, remembered. */
  async specAt(deployment, commit, path) {
    const catalog = await this.at(commit);
    const preview = parsePreviewName(deployment);
    const name = catalog?.manifests.has(deployment) || !preview ? deployment : preview.base;
    const manifest = (path === void 0 ? void 0 : [...catalog?.manifests.values() ?? []].find((m) => m.file === path)) ?? catalog?.manifests.get(name);
    const found = catalog && manifest && manifestAt(catalog, manifest);
    if (!found) return void 0;
    const spec = { ...deploymentSpecOf(found.manifest, found.lifecycle), source: found.source };
    return name === deployment || !preview ? spec : { ...spec, name: deployment, environment: previewEnvironment(found.manifest, preview.pullNumber) };
  }
};

// src/app/manifests-in-force.ts
function deploysBranches(manifest) {
  return !isPreviewTemplate(manifest) || manifest.triggers.branches !== void 0;
}
function triggersOn(manifest, branch, defaultBranch) {
  return (manifest.triggers.branches ?? [defaultBranch]).some((pattern) => import_picomatch2.default.isMatch(branch, pattern));
}
async function manifestsInForceAt(worker, catalog, brokenHere = []) {
  const inForce = /* @__PURE__ */ new Map();
  for (const [name, manifest] of catalog.manifests) {
    const found = manifestAt(catalog, manifest);
    if (found) inForce.set(name, found);
  }
  const invalid = new Set(catalog.errors.map((e) => e.file).filter((file) => file.startsWith(MANIFEST_DIR)));
  for (const file of brokenHere) invalid.delete(file.path);
  if (invalid.size === 0) return inForce;
  for (const state of await worker.states({ fresh: true })) {
    const source = state.manifest;
    if (!source || !invalid.has(source.path) || inForce.has(state.deployment)) continue;
    const last = await recordedManifest(worker, state);
    if (last) inForce.set(state.deployment, last);
  }
  return inForce;
}
async function recordedManifest(worker, state) {
  const source = state.manifest;
  const rev = source?.commit ?? state.run?.version;
  if (!rev || !/^[0-9a-f]{40}$/.test(rev)) return void 0;
  const catalog = await worker.catalog.at(rev);
  const manifest = source ? [...catalog?.manifests.values() ?? []].find((m) => m.file === source.path) : catalog?.manifests.get(state.deployment);
  return catalog && manifest && manifestAt(catalog, manifest);
}

// src/app/commit-triggers.ts
async function landedCommitEvents(worker, commit, deliveryId, validated2) {
  const catalog = validated2 ?? await worker.catalog.at(commit.sha);
  if (!catalog) return [];
  const inForce = await manifestsInForceAt(worker, catalog, commit.changed);
  const deployments = new Map(
    [...inForce].filter(([, m]) => deploysBranches(m.manifest)).map(([name, m]) => [name, m.manifest])
  );
  const touched = deploymentsTouched(deployments, commit.changed, commit.branch, worker.defaultBranch);
  const created = new Set(touched.created);
  const base = { at: commit.at, actor: commit.actor };
  const pullRequest = touched.triggered.length === 0 ? void 0 : commit.pullRequest ?? await mergedPullRequestOf(worker.client, worker.ref, commit.sha);
  const events = [];
  for (const deployment of touched.triggered) {
    const event = {
      ...base,
      type: "deploy",
      id: deliveryId,
      cause: created.has(deployment) ? "create" : commit.cause,
      version: commit.sha,
      ref: commit.branch,
      ...pullRequest === void 0 ? {} : { pullRequest }
    };
    const source = inForce.get(deployment)?.source;
    events.push(source ? { deployment, event, manifest: source } : { deployment, event });
  }
  if (touched.removed.length > 0) {
    const states = new Map((await worker.states({ fresh: true })).map((s) => [s.deployment, s]));
    for (const deployment of touched.removed) {
      const state = states.get(deployment);
      if (!state) continue;
      const last = await recordedManifest(worker, state);
      if (last ? !triggersOn(last.manifest, commit.branch, worker.defaultBranch) : commit.branch !== worker.defaultBranch)
        continue;
      events.push({ deployment, event: { ...base, type: "remove", id: deliveryId, cause: commit.cause } });
    }
  }
  return withoutCurrentVersion(worker, events);
}
async function withoutCurrentVersion(worker, events) {
  if (!events.some((e) => e.event.type === "deploy")) return [...events];
  const states = new Map((await worker.states({ fresh: true })).map((s) => [s.deployment, s]));
  return events.filter(
    ({ deployment, event }) => event.type !== "deploy" || states.get(deployment)?.run?.version !== event.version
  );
}

// src/app/refusal-notice.ts
var SHOWN = /* @__PURE__ */ new Set(["rejected-busy", "version-rolled-back", "not-promoted"]);
var noticed = /* @__PURE__ */ new WeakMap();
async function showRefusals(client, ref, sha, outcomes) {
  let seen = noticed.get(client);
  if (!seen) noticed.set(client, seen = new BoundedSet());
  for (const outcome of outcomes) {
    if (outcome.kind !== "refused" || !SHOWN.has(outcome.reason)) continue;
    const name = `ferry/${outcome.deployment}`;
    const externalId = `ferry-refusal:${outcome.deployment}:${sha}`;
    if (seen.has(externalId)) continue;
    const found = await checkRunsOn(client, ref, sha, name, "all");
    if (!found.some((c) => c.externalId === externalId)) {
      const rolledBack = outcome.reason === "version-rolled-back";
      const title = rolledBack ? `${outcome.deployment}: not redeployed, this version was rolled back` : outcome.reason === "not-promoted" ? `${outcome.deployment}: not deployed yet, this version has not been promoted` : `${outcome.deployment}: not deployed, another run holds the deployment`;
      await createCompletedCheckRun(client, ref, {
        name,
        headSha: sha,
        externalId,
        conclusion: rolledBack ? "skipped" : "neutral",
        output: {
          title: title.slice(0, 255),
          summary: `ferry refused to deploy this commit (${outcome.reason}): ${outcome.detail}`
        }
      });
    }
    seen.add(externalId);
  }
}

// src/app/branch-reconcile.ts
var RECONCILE_COMMIT_CAP = 100;
var CURSOR_ATTEMPTS = 8;
function landingEventId(sha, epoch) {
  return epoch > 0 ? `commit:${sha}:${epoch}` : `commit:${sha}`;
}
async function reconcileBranch(worker, branch, at, landing) {
  const processed = /* @__PURE__ */ new Map();
  const done = { processed, more: false };
  let found = await readCursor(worker, branch);
  if (landing && found && isSettled(found, landing)) return done;
  const head = await branchHead(worker.client, worker.ref, branch);
  if (!head) return done;
  found ??= await firstContact(worker, branch, at, head, landing);
  if (!found || landing && isSettled(found, landing)) return done;
  let epoch = found.epoch ?? 0;
  let base;
  const commits = [];
  if (landing?.resetFrom === found.commit && landing.sha !== found.commit) {
    epoch++;
    base = landing.sha;
  } else {
    base = found.commit;
    if (landing?.sha === found.commit)
      commits.push((await branchCommit(worker.client, worker.ref, landing.sha)).commit);
  }
  let more = false;
  let move = await walkBranch(worker.client, worker.ref, base, head, RECONCILE_COMMIT_CAP - commits.length);
  if (move.kind === "reset") {
    epoch++;
    base = move.base;
    move = await walkBranch(worker.client, worker.ref, base, head, RECONCILE_COMMIT_CAP - commits.length);
    if (move.kind === "reset") move = { kind: "same" };
  }
  if (move.kind === "ahead") {
    commits.push(...move.commits);
    more = move.more;
  } else if (move.kind === "jump") commits.push(move.commit);
  let last = base;
  for (const commit of commits) {
    processed.set(commit.sha, await processCommit(worker, branch, commit, epoch, at, landing));
    last = commit.sha;
  }
  if (last !== found.commit || epoch !== (found.epoch ?? 0))
    await moveCursor(worker, branch, found, { branch, commit: last, at, ...epoch ? { epoch } : {} });
  return { processed, more };
}
function isSettled(cursor, landing) {
  return cursor.commit === landing.sha && (cursor.start === true || landing.rejudge !== true);
}
async function firstContact(worker, branch, at, head, landing) {
  const newest = landing?.sha ?? head;
  const base = landing?.before ?? await firstParent(worker.client, worker.ref, newest) ?? newest;
  const cursor = { branch, commit: base, at, start: true };
  if (await moveCursor(worker, branch, void 0, cursor)) return cursor;
  return readCursor(worker, branch);
}
async function processCommit(worker, branch, commit, epoch, at, landing) {
  const announced = landing?.sha === commit.sha;
  let validated2 = announced ? landing.validated : void 0;
  if ((!announced || landing.unchecked === true) && touchesFerryFiles(commit.changed)) {
    validated2 = await worker.catalog.at(commit.sha);
    if (validated2) await validateCommit(worker.client, worker.ref, validated2);
  }
  const events = await landedCommitEvents(
    worker,
    {
      sha: commit.sha,
      branch,
      changed: commit.changed,
      actor: announced ? landing.actor : commit.author,
      cause: (announced ? landing.cause : void 0) ?? (commit.merge ? "merge" : "push"),
      at,
      ...announced && landing.pullRequest !== void 0 ? { pullRequest: landing.pullRequest } : {}
    },
    landingEventId(commit.sha, epoch),
    validated2
  );
  if (events.length === 0) return [];
  const outcomes = await worker.submit(events);
  await showRefusals(worker.client, worker.ref, commit.sha, outcomes);
  for (const outcome of outcomes)
    if (outcome.kind === "refused" || outcome.kind === "blocked" || outcome.kind === "unknown-deployment")
      worker.log.info(
        { repo: worker.fullName, sha: commit.sha, deployment: outcome.deployment },
        describeOutcome(outcome)
      );
  return outcomes;
}
async function readCursor(worker, branch) {
  const { text: text2 } = await worker.store.file(cursorPath(branch), { fresh: true });
  if (text2 === void 0) return void 0;
  const parsed = parseSyncCursor(text2, branch);
  if (parsed.kind === "ok") return parsed.cursor;
  worker.log.warn(
    { repo: worker.fullName, branch, file: cursorPath(branch), detail: parsed.detail },
    `${cursorPath(branch)} on ferry/state is not a sync cursor; ${branch} starts again at its head`
  );
  return void 0;
}
async function moveCursor(worker, branch, from, to) {
  const path = cursorPath(branch);
  for (let attempt = 0; attempt < CURSOR_ATTEMPTS; attempt++) {
    const { head, text: text2 } = await worker.store.file(path, { fresh: true });
    const current = text2 === void 0 ? void 0 : parseSyncCursor(text2, branch);
    const now = current?.kind === "ok" ? current.cursor : void 0;
    if (now?.commit !== from?.commit || (now?.epoch ?? 0) !== (from?.epoch ?? 0)) return false;
    const written = await worker.store.write({
      expectedHead: head,
      states: [],
      files: { [path]: serialiseSyncCursor(to) },
      message: `ferry: synced ${branch} to ${to.commit.slice(0, 7)} [skip ci]
`
    });
    if (written.ok) return true;
  }
  worker.log.warn(
    { repo: worker.fullName, branch },
    "the state branch kept moving; the next reconcile moves the cursor"
  );
  return false;
}

// src/app/trigger-branches.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
async function branchesToReconcile(worker) {
  const branches = /* @__PURE__ */ new Set();
  let defaultAt;
  for (const text2 of (await worker.store.syncFiles()).values()) {
    const parsed = parseSyncCursor(text2);
    if (parsed.kind !== "ok") continue;
    branches.add(parsed.cursor.branch);
    if (parsed.cursor.branch === worker.defaultBranch) defaultAt = parsed.cursor.commit;
  }
  const catalog = await worker.catalog.at(defaultAt ?? worker.defaultBranch);
  for (const { manifest } of catalog ? (await manifestsInForceAt(worker, catalog)).values() : []) {
    if (!deploysBranches(manifest)) continue;
    for (const pattern of manifest.triggers.branches ?? [worker.defaultBranch]) {
      if (!import_picomatch3.default.scan(pattern).isGlob) branches.add(pattern);
      else if (import_picomatch3.default.isMatch(worker.defaultBranch, pattern)) branches.add(worker.defaultBranch);
    }
  }
  return [...branches].sort();
}
async function isTriggerBranch(worker, branch, sha, touchesFerry) {
  if (touchesFerry) return true;
  const catalog = await worker.catalog.at(sha);
  if (!catalog) return false;
  for (const { manifest } of (await manifestsInForceAt(worker, catalog)).values())
    if (deploysBranches(manifest) && triggersOn(manifest, branch, worker.defaultBranch)) return true;
  return false;
}

// src/adapters/github/pull-request-labels.ts
async function takeLabel(client, ref, pullNumber, label) {
  try {
    await client.request(
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
      {
        owner: ref.owner,
        repo: ref.repo,
        issue_number: pullNumber,
        name: label
      }
    );
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

// src/app/previews.ts
var import_picomatch4 = __toESM(require_picomatch2(), 1);
async function previewsOf(worker, pull, changed, atHead) {
  const templates = /* @__PURE__ */ new Map();
  const atBase = await worker.catalog.at(pull.baseRef);
  for (const [name, entry] of atBase ? await manifestsInForceAt(worker, atBase) : [])
    if (isPreviewTemplate(entry.manifest)) templates.set(name, entry);
  for (const [name, manifest] of atHead?.manifests ?? []) {
    const entry = atHead && isPreviewTemplate(manifest) ? manifestAt(atHead, manifest) : void 0;
    if (entry) templates.set(name, entry);
    else templates.delete(name);
  }
  const previews = [];
  for (const [name, { manifest, lifecycle, source }] of templates) {
    if (!triggersOn(manifest, pull.baseRef, worker.defaultBranch)) continue;
    const paths = manifest.triggers.paths;
    if (paths && paths.length > 0) {
      const match = (0, import_picomatch4.default)(paths, { dot: true });
      if (!changed.some((f) => match(f.path) || f.path === manifest.file)) continue;
    }
    previews.push({ name: previewName(name, pull.number), manifest, lifecycle, source });
  }
  return previews;
}
async function existingPreviews(worker, pullNumber) {
  const states = await worker.states({ fresh: true });
  return states.map((s) => s.deployment).filter((name) => parsePreviewName(name)?.pullNumber === pullNumber);
}

// src/app/label-actions.ts
var LABEL_EVENTS = {
  "ferry:deploy": "deploy",
  "ferry:pause": "pause",
  "ferry:resume": "resume",
  "ferry:rollback": "rollback",
  "ferry:stop": "stop",
  "ferry:retry": "retry",
  "ferry:drop": "drop"
};
var LABEL_PREFIX = "ferry:";
var DECLARED_EVENT_NAME = /^[a-z][a-z0-9_-]{0,19}$/;
async function labelTargets(ctx, pull) {
  const { worker } = ctx;
  const changed = await pullRequestFiles(worker.client, worker.ref, pull.number);
  const states = new Map((await worker.states({ fresh: true })).map((s) => [s.deployment, s]));
  const found = /* @__PURE__ */ new Map();
  if (pull.open && (await ctx.settings()).previews.enabled) {
    for (const preview of await previewsOf(worker, pull, changed, void 0)) found.set(preview.name, preview);
    for (const name of await existingPreviews(worker, pull.number)) if (!found.has(name)) found.set(name, void 0);
  }
  const previews = found.size > 0;
  if (!previews) {
    for (const [name, entry] of await inForceWhereItLands(worker, pull)) found.set(name, entry);
    const deployments = new Map(
      [...found].flatMap(([name, e]) => e && deploysBranches(e.manifest) ? [[name, e.manifest]] : [])
    );
    const touched = new Set(deploymentsTouched(deployments, changed, pull.baseRef, worker.defaultBranch).triggered);
    for (const name of [...found.keys()]) if (!touched.has(name)) found.delete(name);
  }
  const targets = [];
  for (const [deployment, entry] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
    const state = states.get(deployment);
    const recorded = state?.manifest ? await worker.catalog.get(deployment, state.manifest) : void 0;
    targets.push({
      deployment,
      lifecycle: recorded?.lifecycle ?? entry?.lifecycle,
      source: state?.manifest ? void 0 : entry?.source
    });
  }
  return { deployments: targets, previews };
}
async function inForceWhereItLands(worker, pull) {
  const catalog = await worker.catalog.at(pull.merged && pull.mergeSha ? pull.mergeSha : pull.baseRef);
  return catalog ? manifestsInForceAt(worker, catalog) : /* @__PURE__ */ new Map();
}
async function declaredWhereItLands(worker, pull, name) {
  for (const entry of (await inForceWhereItLands(worker, pull)).values())
    if (declaresEvent(entry.lifecycle, name)) return true;
  return false;
}
async function handleLabel(ctx, pull, label) {
  const type = LABEL_EVENTS[label];
  const custom = type || !label.startsWith(LABEL_PREFIX) ? void 0 : label.slice(LABEL_PREFIX.length);
  if (!type && !(custom && DECLARED_EVENT_NAME.test(custom))) return;
  const settings = await ctx.settings();
  if (!settings.labels.enabled) return;
  const { worker, origin } = ctx;
  if (custom && !await declaredWhereItLands(worker, pull, custom)) return;
  if (!await takeLabel(worker.client, worker.ref, pull.number, label)) {
    ctx.log.info(
      { repo: worker.fullName, pull: pull.number, label, delivery: ctx.deliveryId },
      "the label is no longer on the pull request: answered already (a redelivery, a replay, another replica) or removed by a person"
    );
    return;
  }
  const say = (heading, lines) => comment(worker.client, worker.ref, pull.number, commentBody(heading, lines));
  const acted = await actWithRetries(
    async () => {
      const plan = await planLabel(ctx, pull, type, custom);
      return plan.kind === "refuse" ? plan : { kind: "acted", outcomes: await worker.submit(plan.events) };
    },
    ctx.log,
    `acting on ${label} on ${worker.fullName}#${pull.number}`,
    ctx.sleep
  );
  if (!acted.ok)
    return say(`ferry could not act on \`${label}\` from @${origin.sender}:`, [
      `${acted.error.message}. Nothing may have changed; add the label again to retry.`
    ]);
  const result = acted.value;
  if (result.kind === "refuse") return say(`ferry did not act on \`${label}\` from @${origin.sender}:`, [result.why]);
  if (!worthTelling(result.outcomes)) return;
  await say(`\`${label}\` from @${origin.sender}:`, result.outcomes.map(describeOutcome));
}
async function planLabel(ctx, pull, type, custom) {
  const { worker, origin } = ctx;
  const settings = await ctx.settings();
  const refuse2 = (why) => ({ kind: "refuse", why });
  if (pull.fromFork && !settings.allowForks) {
    return refuse2(
      "this pull request comes from a fork, and ferry acts on fork pull requests only when `.github/ferry.yml` sets `allowForks: true`."
    );
  }
  const verdict = await checkPermission(worker.client, worker.ref, origin.sender, settings.minimumPermission);
  if (!verdict.allowed) {
    return refuse2(
      `@${origin.sender} has ${verdict.role} access to this repository; acting on deployments needs ${verdict.minimum} or more (\`minimumPermission\` in \`.github/ferry.yml\`).`
    );
  }
  const targets = await labelTargets(ctx, pull);
  if (targets.deployments.length === 0)
    return refuse2(
      "this pull request touches no deployment: none of its files is a manifest or matches a manifest's trigger paths."
    );
  const deployments = custom ? targets.deployments.filter((t) => t.lifecycle && declaresEvent(t.lifecycle, custom)) : targets.deployments;
  if (deployments.length === 0)
    return refuse2(
      `no deployment this pull request touches (${targets.deployments.map((t) => t.deployment).join(", ")}) has a lifecycle that declares the event \`${custom ?? ""}\`.`
    );
  const base = { id: ctx.deliveryId, at: ctx.now(), actor: origin.sender, cause: "label" };
  const mergeSha = targets.previews || !pull.merged ? void 0 : pull.mergeSha;
  let event = {
    ...base,
    type: "deploy",
    version: mergeSha ?? pull.headSha,
    ref: mergeSha ? pull.baseRef : pull.headRef,
    pullRequest: pull.number
  };
  if (custom) event = { ...base, type: "custom", name: custom };
  else if (type && type !== "deploy") event = { ...base, type };
  return {
    kind: "act",
    events: deployments.map(
      ({ deployment, source }) => source && event.type === "deploy" ? { deployment, event, manifest: source } : { deployment, event }
    )
  };
}

// src/app/handlers/pull-request-handler.ts
async function handlePullRequest(ctx, webhook) {
  const { action, pull, label } = webhook;
  if (action === "labeled") {
    if (label) await handleLabel(ctx, pull, label);
    return;
  }
  if (action === "opened" || action === "reopened" || action === "synchronize")
    return updatePreviews(ctx, pull, action);
  if (action === "closed") {
    await removePreviews(ctx, pull);
    if (pull.merged && pull.mergeSha) await triggerMerge(ctx, pull, pull.mergeSha);
  }
}
async function updatePreviews(ctx, pull, action) {
  const { worker } = ctx;
  const changed = await pullRequestFiles(worker.client, worker.ref, pull.number);
  let atHead;
  if (touchesFerryFiles(changed)) {
    atHead = await worker.catalog.at(pull.headSha);
    if (atHead) await validateCommit(worker.client, worker.ref, atHead);
  }
  const settings = await ctx.settings();
  if (!settings.previews.enabled || pull.fromFork && !settings.allowForks) return;
  const previews = await previewsOf(worker, pull, changed, atHead);
  if (previews.length === 0) return;
  const cause = action === "opened" ? "create" : "push";
  const event = {
    type: "deploy",
    id: ctx.deliveryId,
    at: ctx.now(),
    actor: ctx.origin.sender,
    cause,
    version: pull.headSha,
    ref: pull.headRef,
    pullRequest: pull.number
  };
  const events = await withoutCurrentVersion(
    worker,
    previews.map((p) => ({ deployment: p.name, event, manifest: p.source }))
  );
  if (events.length === 0) return;
  const outcomes = await worker.submit(events);
  await tellRefusals(ctx, pull, outcomes, `ferry could not deploy the preview of ${pull.headSha.slice(0, 7)}:`);
}
async function removePreviews(ctx, pull) {
  const { worker } = ctx;
  const names = await existingPreviews(worker, pull.number);
  if (names.length === 0) return;
  const event = {
    type: "remove",
    id: ctx.deliveryId,
    at: ctx.now(),
    actor: ctx.origin.sender,
    cause: "api"
  };
  const outcomes = await worker.submit(names.map((deployment) => ({ deployment, event })));
  await tellRefusals(ctx, pull, outcomes, "ferry could not remove this pull request's preview:");
}
async function triggerMerge(ctx, pull, mergeSha) {
  const { worker } = ctx;
  const landing = {
    sha: mergeSha,
    actor: ctx.origin.sender,
    cause: "merge",
    rejudge: true,
    pullRequest: pull.number
  };
  let checked;
  if (await isTriggerBranch(worker, pull.baseRef, mergeSha, false)) {
    checked = { ...landing, unchecked: true };
  } else {
    const changed = await pullRequestFiles(worker.client, worker.ref, pull.number);
    if (!touchesFerryFiles(changed)) return;
    const validated2 = await worker.catalog.at(mergeSha);
    if (validated2) await validateCommit(worker.client, worker.ref, validated2);
    checked = { ...landing, ...validated2 ? { validated: validated2 } : {} };
  }
  const { processed } = await reconcileBranch(worker, pull.baseRef, ctx.now(), checked);
  await tellRefusals(
    ctx,
    pull,
    processed.get(mergeSha) ?? [],
    `ferry did not deploy the merge ${mergeSha.slice(0, 7)}:`
  );
}
async function tellRefusals(ctx, pull, outcomes, heading) {
  const refused2 = outcomes.filter((o) => o.kind === "refused" || o.kind === "blocked");
  if (refused2.length === 0) return;
  await commentOnce(
    ctx.worker.client,
    ctx.worker.ref,
    pull.number,
    ctx.deliveryId,
    commentBody(heading, refused2.map(describeOutcome))
  );
}

// src/ports/state-store.ts
var STATE_BRANCH = "ferry/state";
function stateFilePath(deployment) {
  return `deployments/${deployment}.json`;
}

// src/manifest/load-ferry-config.ts
var DEFAULT_FERRY_CONFIG = {
  minimumPermission: "write",
  allowForks: false,
  previews: { enabled: true },
  labels: { enabled: true },
  reconcile: { intervalMinutes: 5 }
};
function ferryConfigFromValue(value, file) {
  const settings = value ?? {};
  const problems = validateAgainst("ferry-config", settings).map(explain);
  if (problems.length > 0)
    return {
      ok: false,
      errors: problems.map((p) => ({
        file,
        line: 1,
        column: 1,
        path: p.path,
        message: p.message,
        code: "schema",
        ...p.suggestion === void 0 ? {} : { suggestion: p.suggestion }
      }))
    };
  return { ok: true, config: withDefaults(settings) };
}
function explain(problem) {
  if (problem.path !== "/stateBranch") return problem;
  return { ...problem, message: `${problem.message}: the state branch is always ferry/state` };
}
function withDefaults(raw) {
  return {
    minimumPermission: raw.minimumPermission ?? DEFAULT_FERRY_CONFIG.minimumPermission,
    allowForks: raw.allowForks ?? DEFAULT_FERRY_CONFIG.allowForks,
    previews: { enabled: raw.previews?.enabled ?? DEFAULT_FERRY_CONFIG.previews.enabled },
    labels: { enabled: raw.labels?.enabled ?? DEFAULT_FERRY_CONFIG.labels.enabled },
    reconcile: {
      intervalMinutes: raw.reconcile?.intervalMinutes ?? DEFAULT_FERRY_CONFIG.reconcile.intervalMinutes
    }
  };
}

// src/app/settings.ts
var SETTINGS_FILE = ".github/ferry.yml";
var SETTINGS_TTL_MS = 6e4;
var Settings = class {
  constructor(log, now = Date.now) {
    this.log = log;
    this.now = now;
  }
  log;
  now;
  cache = /* @__PURE__ */ new Map();
  /** The settings of `repo`, loading them with `read` (Probot's `context.config`) when not fresh. */
  get(repo, read) {
    const cached = this.cache.get(repo);
    if (cached && this.now() - cached.at < SETTINGS_TTL_MS) return cached.config;
    const config = read().then(
      (value) => {
        const loaded = ferryConfigFromValue(value ?? {}, SETTINGS_FILE);
        if (loaded.ok) return loaded.config;
        this.log.warn(
          { repo, errors: loaded.errors.map((e) => `${e.path || "/"}: ${e.message}`) },
          `${SETTINGS_FILE} is invalid; using the safe defaults until it is fixed`
        );
        return DEFAULT_FERRY_CONFIG;
      },
      (error) => {
        if (error instanceof UntrustedFileError) {
          this.log.warn({ repo, file: error.path }, `${error.message}; using the safe defaults until it is fixed`);
          return DEFAULT_FERRY_CONFIG;
        }
        this.cache.delete(repo);
        throw error;
      }
    );
    this.cache.set(repo, { at: this.now(), config });
    return config;
  }
  /** Forgets a repository's settings, e.g. after a push that changed them. */
  forget(repo) {
    this.cache.delete(repo);
  }
};

// src/app/handlers/push-handler.ts
async function handlePush(ctx, push) {
  const { worker } = ctx;
  if (push.kind === "ignored" || push.branch === STATE_BRANCH) return;
  const changed = await changedFilesOfPush(push, worker.client, worker.ref);
  if (changed.some((f) => f.path === SETTINGS_FILE)) ctx.forgetSettings();
  let validated2;
  if (touchesFerryFiles(changed)) {
    validated2 = await worker.catalog.at(push.after);
    if (validated2) await validateCommit(worker.client, worker.ref, validated2);
  }
  if (!await isTriggerBranch(worker, push.branch, push.after, validated2 !== void 0 || touchesFerryFiles(changed)))
    return;
  await reconcileBranch(worker, push.branch, ctx.now(), {
    sha: push.after,
    actor: ctx.origin.sender,
    ...push.before ? push.forced ? { resetFrom: push.before } : { before: push.before } : {},
    ...validated2 ? { validated: validated2 } : {}
  });
}

// src/app/handlers/workflow-handler.ts
async function handleWorkflow(ctx, facts) {
  const { worker } = ctx;
  if (facts.kind === "run" && facts.path !== void 0 && !facts.path.endsWith(`/${ctx.workflow}`)) return;
  const waiting = waitingRunOf(facts);
  if (waiting) return handleWaiting(ctx, waiting, facts.kind === "run");
  const completed = facts.kind === "run" && facts.action === "completed";
  const dispatcher = completed ? await ctx.dispatcher() : void 0;
  const convert = (states) => {
    let missed = false;
    const events = stageEventsFromWorkflow(
      facts,
      (runId) => {
        const found = locateStage(states, runId);
        missed = found === void 0;
        return found;
      },
      dispatcher
    );
    return { events, missed };
  };
  let result = convert([]);
  if (!result.missed) {
    if (result.events.length > 0) await worker.submit(result.events);
    return;
  }
  result = convert(await worker.states());
  if (result.missed && completed) result = convert(await worker.states({ fresh: true }));
  if (result.missed) {
    if (completed)
      ctx.log.info(
        { repo: worker.fullName, delivery: ctx.deliveryId, event: `workflow_${facts.kind}` },
        "workflow run is not one ferry dispatched (its title names no stage, or another account started it); ignored"
      );
    return;
  }
  await worker.submit(result.events);
}
async function handleWaiting(ctx, waiting, fresh) {
  const { worker } = ctx;
  const named = trustedStageName(waiting.title, waiting.startedBy, fresh ? await ctx.dispatcher() : void 0);
  const located = await stageOfRun(worker, waiting.workflowRunId, fresh, named);
  if (!located || located.approval !== void 0) return;
  const request = await worker.pendingApproval(waiting.workflowRunId);
  if (!request) {
    ctx.log.info(
      { repo: worker.fullName, delivery: ctx.deliveryId, workflowRunId: waiting.workflowRunId },
      "workflow run waits, but not for a reviewer (a wait timer or concurrency); its start or end will tell"
    );
    return;
  }
  await worker.submit([approvalEvent(located, { kind: "requested", ...waiting, request })]);
}

// src/app/handlers/handle-webhook.ts
function handleWebhook(ctx, facts) {
  switch (facts.event) {
    case "push":
      return handlePush(ctx, facts.push);
    case "pull_request":
      return handlePullRequest(ctx, facts.pullRequest);
    case "check_run":
      return handleCheckRun(ctx, facts.press);
    case "deployment_review":
      return handleDeploymentReview(ctx, facts.review);
    case "workflow_run":
      return handleWorkflow(ctx, facts.run);
    case "workflow_job":
      return handleWorkflow(ctx, facts.job);
  }
}

// src/core/actor-text.ts
var AUTOMATIC = /* @__PURE__ */ new Set(["ferry", "github-actions"]);
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
function actorText(actor, style) {
  if (style === "plain") return escapeMarkdown(actor);
  if (AUTOMATIC.has(actor)) return `${actor}[bot]`;
  if (LOGIN.test(actor)) return `@${actor}`;
  return escapeMarkdown(actor);
}
function isAutomatic(actor) {
  return AUTOMATIC.has(actor);
}
function escapeMarkdown(text2) {
  return text2.replace(/[\\`*_[\]<>|@#]/g, (c) => `\\${c}`);
}

// src/core/run-failure.ts
function runFailure(state) {
  const { run } = state;
  const error = state.error ?? undoneFailure(state);
  if (!error) return void 0;
  const earlier = run !== null && error.runId !== void 0 && error.runId !== run.id;
  if (earlier && run.kind !== "rollback") return void 0;
  const failed = (s) => s.runId === error.runId && (s.status === "failed" || s.status === "timed-out");
  const stage = state.stages.findLast((s) => failed(s) && s.stage === error.step && s.state === error.state) ?? state.stages.findLast((s) => failed(s) && s.state === error.state);
  const version = earlier ? run.from : run?.version;
  return { runId: error.runId, version, error, stage, earlier };
}
function undoneFailure(state) {
  const run = state.run;
  if (run?.kind !== "rollback" || state.rolledBack?.runId !== run.id) return void 0;
  const stage = state.stages.findLast((s) => s.runId === run.id - 1);
  if (!stage || stage.status !== "failed" && stage.status !== "timed-out") return void 0;
  return {
    step: stage.stage,
    state: stage.state,
    message: stage.message ?? `stage ${stage.stage} ${stage.status}`,
    at: stage.finishedAt ?? stage.startedAt,
    runId: stage.runId
  };
}

// src/core/deployment-verdict.ts
var VERDICT_MESSAGE_MAX = 120;
function deploymentVerdict(lifecycle, state, style, form = {}) {
  const text2 = verdictText(lifecycle, state, style, form.plain === true, form.ended);
  return form.plain ? text2.replace(new RegExp("^\\p{Extended_Pictographic}\\uFE0F? ", "u"), "") : text2;
}
function verdictText(lifecycle, state, style, plain, ended) {
  const code = plain ? (t) => t : markdownCode;
  const run = state.run;
  if (!run) return `\u26AA Not deployed yet: ${whereText(state)}`;
  const version = code(shortVersion(run.version));
  const where = code(whereText(state));
  const failure = runFailure(state);
  const failed = (f) => failedText(f, code);
  const from = run.from ? code(shortVersion(run.from)) : "the previous version";
  if (ended) {
    switch (ended.outcome) {
      case "failure":
        return `\u274C Failed: ${version} ${failure && !failure.earlier ? failed(failure) : `stopped in ${where}`}; ${ended.after}`;
      case "success":
        return `\u2705 Deployed ${version}${tookText(state)}; ${ended.after}`;
      case "cancelled":
        return `\u23F9 Cancelled: ${version} in ${where}, ${ended.after}`;
    }
  }
  switch (deploymentStatus(lifecycle, state)) {
    case "queued":
    case "in_progress": {
      const waiting = awaitingApproval(state);
      if (waiting?.approval)
        return `\u23F3 Waiting for approval in ${waiting.approval.environment}: ${code(waiting.stage)} of ${version}`;
      if (run.kind === "rollback")
        return `\u{1F504} Rolling back to ${version}${failure?.earlier ? ` after ${from} ${failed(failure)}` : ` from ${from}`}: ${where}`;
      return `\u{1F504} Deploying ${version}${run.attempt > 1 ? ` (attempt ${run.attempt})` : ""}: ${where}`;
    }
    case "failure":
      if (run.kind === "rollback")
        return `\u274C Rollback to ${version} ${failure && !failure.earlier ? failed(failure).replace(/^failed /, "failed at ") : `failed: ${where}`}`;
      return `\u274C Failed: ${version} ${failure ? failed(failure) : `stopped in ${where}`}`;
    case "neutral":
      if (state.hold)
        return `\u23F8 Paused by ${actorText(state.hold.actor, style.actors)}${plain ? "" : ` ${relativeTime(state.hold.at, style.now)}`}: ${version} in ${where}; nothing new starts until resumed`;
      return `\u23F8 ${where} on ${version}${nextTimerText(lifecycle, state, style, { plain })}`;
    case "action_required":
      return `\u270B Action required: ${version} in ${where}`;
    case "success": {
      if (run.kind === "rollback") {
        const why = failure?.earlier ? failed(failure) : `was rolled back by ${actorText(run.actor, style.actors)}`;
        return `\u26A0\uFE0F Rolled back: ${from} ${why}; ${version} is live again`;
      }
      const kinds = Object.entries(state.regions).map(([r, s]) => lifecycle.regions[r]?.states[s.state]?.kind);
      if (kinds.every((k) => k === "final")) return `\u2705 Done: ${where} (${version})`;
      return `\u2705 Deployed ${version}${tookText(state)}`;
    }
  }
}
function failedText(failure, code) {
  const message = failure.error.message.replace(/\s+/g, " ").trim();
  const cut = message.length > VERDICT_MESSAGE_MAX ? `${message.slice(0, VERDICT_MESSAGE_MAX - 1)}\u2026` : message;
  const timedOut = failure.stage?.status === "timed-out";
  return `${timedOut ? "timed out in" : "failed"} ${code(failure.error.step)}${cut ? ` (${cut})` : ""}`;
}
function tookText(state) {
  const run = state.run;
  if (!run) return "";
  const last = state.history.findLast((h) => h.runId === run.id);
  const took = last ? durationBetween(run.startedAt, last.at) : "";
  const latest = /* @__PURE__ */ new Map();
  for (const s of state.stages)
    if (s.runId === run.id && s.status !== "skipped") latest.set(`${s.region}/${s.stage}`, s.status);
  const done = [...latest.values()].filter((s) => s === "succeeded").length;
  const stages = latest.size > 0 ? `${done}/${latest.size} stage${latest.size === 1 ? "" : "s"}` : "";
  return `${took ? ` in ${took}` : ""}${took && stages ? "," : ""}${stages ? ` ${stages}` : ""}`;
}
function nextTimerText(lifecycle, state, style, form = {}) {
  const next = nextTimer(lifecycle, state);
  if (!next) return "";
  const code = form.plain ? (t) => t : markdownCode;
  const target = next.target ? `${code(next.target)} ` : "timer fires ";
  const relative = form.plain ? "" : ` (${relativeTime(next.due, style.now)})`;
  return `; ${target}on ${exactTime(next.due, style.now)}${relative} by timer ${code(next.name)}${next.guard ? ` if ${code(next.guard)}` : ""}`;
}
function nextTimer(lifecycle, state) {
  const timers = [...state.timers].sort((a, b) => a.due.localeCompare(b.due));
  for (const timer of timers) {
    const region = timer.region ?? Object.keys(state.regions)[0] ?? "";
    const current = state.regions[region]?.state;
    const handler = current ? lifecycle.regions[region]?.states[current]?.on?.[`timer.${timer.name}`]?.[0] : void 0;
    if (!handler) continue;
    return {
      name: timer.name,
      due: timer.due,
      ...handler.target ? { target: handler.target } : {},
      ...handler.guard ? { guard: handler.guard } : {}
    };
  }
  return void 0;
}
function markdownCode(text2) {
  return `\`${text2.replace(/`/g, "'")}\``;
}

// src/core/fleet-summary-text.ts
var STATUS_ORDER = ["HEALTHY", "DEGRADED", "FAILED", "UNKNOWN"];
var UPDATE_ORDER = ["completed", "in-progress", "needing-update", "failed", "not-needed"];
function fleetSummaryLines(record3) {
  const rollout = record3.state.rollout;
  const summary = record3.summary;
  const lines = ["#### Fleet", ""];
  if (rollout === null) lines.push("No rollout yet.");
  else {
    const from = rollout.from ? ` from \`${shortVersion(rollout.from)}\`` : "";
    lines.push(
      `**${rollout.kind === "rollback" ? "Rollback" : "Rollout"}** of \`${shortVersion(rollout.version)}\`${from}: ${rollout.phase}, batch ${rollout.batches}.`
    );
  }
  if (summary === null) return [...lines, ""];
  const counted = (order, counts) => order.filter((k) => (counts[k] ?? 0) > 0).map((k) => `${counts[k] ?? 0} ${k}`).join(" \xB7 ") || "none";
  lines.push(
    "",
    `**${summary.total} instances** \u2014 by status: ${counted(STATUS_ORDER, summary.byStatus)}; by update: ${counted(UPDATE_ORDER, summary.byUpdate)}.`
  );
  if (summary.problems.length > 0) {
    lines.push("", "| instance | status | last message |", "| --- | --- | --- |");
    for (const p of summary.problems) lines.push(`| \`${p.id}\` | ${p.status} | ${cell(p.message ?? "")} |`);
    if (summary.moreProblems > 0) lines.push("", `\u2026and ${summary.moreProblems} more failed or degraded.`);
  }
  return [...lines, "", `<sub>Fleet as of ${summary.at}; live: \`GET /ferry/v1/deployments/\u2026/instances\`.</sub>`, ""];
}
function cell(text2) {
  const one = text2.replace(/[\r\n]+/g, " ").replace(/\|/g, "\\|");
  return one.length > 120 ? `${one.slice(0, 119)}\u2026` : one;
}

// src/core/run-outcome.ts
function runOutcomes(lifecycle, moves) {
  const byRun = /* @__PURE__ */ new Map();
  for (const move of [...moves].sort((a, b) => a.at.localeCompare(b.at))) {
    if (move.run === void 0) continue;
    byRun.set(move.run, [...byRun.get(move.run) ?? [], move]);
  }
  const ids = [...byRun.keys()].sort((a, b) => a - b);
  const outcomes = /* @__PURE__ */ new Map();
  for (const [i, id] of ids.entries()) {
    const own = byRun.get(id) ?? [];
    const next = ids[i + 1];
    const nextKind = next === void 0 ? void 0 : byRun.get(next)?.find((m) => m.kind)?.kind;
    outcomes.set(id, outcomeOf(lifecycle, own, next !== void 0, nextKind, own.find((m) => m.kind)?.kind));
  }
  return outcomes;
}
function outcomeOf(lifecycle, moves, followed, nextKind, kind) {
  if (nextKind === "rollback" && kind !== "rollback") return "rolled-back";
  const last = /* @__PURE__ */ new Map();
  for (const m of moves) last.set(m.region, m);
  const statuses = [...last.values()].map((m) => statusOf2(lifecycle, m.region, m.to));
  const lastError = moves.findLastIndex((m) => m.error !== void 0);
  const lastGood = moves.findLastIndex((m) => statusOf2(lifecycle, m.region, m.to) === "success");
  if (statuses.includes("failure") || lastError >= 0 && lastError >= lastGood) return "failed";
  if (statuses.some((s) => s === "in_progress" || s === "queued" || s === void 0))
    return followed ? "cancelled" : "in-progress";
  if (statuses.includes("action_required")) return followed ? "cancelled" : "waiting";
  if (statuses.includes("neutral")) return "neutral";
  return "succeeded";
}
function statusOf2(lifecycle, region, state) {
  const def = lifecycle?.regions[region]?.states[state];
  return def ? reportStatusOf(def) : void 0;
}

// src/core/summary-links.ts
var SHA2 = /^[0-9a-f]{40}$/;
function versionText(version, links) {
  const code = `\`${shortVersion(version)}\``;
  return links?.repository && SHA2.test(version) ? `[${code}](${links.repository}/commit/${version})` : code;
}
function linksLine(state, links) {
  const run = state.run;
  const parts = [];
  if (run && links?.repository && SHA2.test(run.version))
    parts.push(`[commit \`${shortVersion(run.version)}\`](${links.repository}/commit/${run.version})`);
  if (run?.pullRequest !== void 0)
    parts.push(
      links?.repository ? `[pull request #${run.pullRequest}](${links.repository}/pull/${run.pullRequest})` : `pull request #${run.pullRequest}`
    );
  if (links?.environmentUrl) parts.push(`[environment](${links.environmentUrl})`);
  const job = run ? state.stages.findLast((s) => s.runId === run.id && s.url) : void 0;
  if (job?.url) parts.push(`[workflow job of \`${job.stage}\`](${job.url})`);
  return parts.length > 0 ? `**Links:** ${parts.join(" \xB7 ")}` : "";
}

// src/core/run-timeline.ts
var AUTO_EVENT = "auto";
function runTimeline(lifecycle, state, runId, style) {
  const history = runId === void 0 ? state.history : state.history.filter((h) => h.runId === runId);
  const stages = runId === void 0 ? [] : state.stages.filter((s) => s.runId === runId);
  const rows = [];
  history.forEach((entry) => {
    const after = state.history.slice(state.history.indexOf(entry) + 1);
    const next = after.find((n) => n.region === entry.region);
    const def = lifecycle.regions[entry.region]?.states[entry.to];
    const attempts = stages.filter(
      (s) => s.region === entry.region && s.state === entry.to && s.startedAt >= entry.at && // Half-open: an attempt started by the next move (a retry's note) is that move's row.
      (next === void 0 || s.startedAt < next.at)
    );
    const [first, ...more] = attempts;
    const step = def?.stage && def.stage !== entry.to ? `${entry.to} (${def.stage})` : entry.to;
    const current = next === void 0 && state.regions[entry.region]?.state === entry.to;
    const lasted = first ? attemptTook(first, style) : next ? durationBetween(entry.at, next.at) : "";
    const zero = next !== void 0 && Date.parse(next.at) === Date.parse(entry.at);
    rows.push({
      at: entry.at,
      region: entry.region,
      step,
      via: viaText(lifecycle, entry, style),
      took: lasted,
      result: first ? attemptResult(first, style) : current ? "current state" : "",
      ...first?.url ? { log: first.url } : {},
      hop: zero && attempts.length === 0
    });
    for (const attempt of more)
      rows.push({
        at: attempt.startedAt,
        region: entry.region,
        step: `\u21B3 ${attempt.stage} attempt ${attempt.attempt}`,
        via: attempt.attempt > 1 ? "retry" : "",
        took: attemptTook(attempt, style),
        result: attemptResult(attempt, style),
        ...attempt.url ? { log: attempt.url } : {},
        hop: false
      });
  });
  return rows;
}
function viaText(lifecycle, entry, style) {
  const event = entry.event === "always" ? AUTO_EVENT : entry.event;
  const note3 = entry.note ? ` (${entry.note})` : "";
  const personal = OPERATOR_EVENTS.includes(entry.event) || declaresEvent(lifecycle, entry.event);
  return personal && !isAutomatic(entry.actor) ? `${event}${note3} by ${actorText(entry.actor, style.actors)}` : `${event}${note3}`;
}
function attemptTook(s, style) {
  if (s.finishedAt) return durationBetween(s.startedAt, s.finishedAt);
  const sofar = durationBetween(s.startedAt, style.now);
  return sofar ? `${sofar} so far` : "";
}
function attemptResult(s, style) {
  const attempt = s.attempt > 1 ? ` (attempt ${s.attempt})` : "";
  const message = s.message ?? (s.approval ? approvalText(s.approval, style) : "");
  return `${STAGE_ICONS[s.status]} ${s.status}${attempt}${message ? ` \xB7 ${message}` : ""}`;
}
function approvalText(approval, style) {
  if (approval.state === "waiting") return `awaiting approval in ${approval.environment}`;
  const by = approval.by ? ` by ${actorText(approval.by, style.actors)}` : "";
  return `${approval.state}${by} in ${approval.environment}${approval.comment ? `: ${approval.comment}` : ""}`;
}
var STAGE_ICONS = {
  dispatching: "\u23F3",
  running: "\u{1F504}",
  succeeded: "\u2705",
  failed: "\u274C",
  "timed-out": "\u231B",
  cancelled: "\u23F9\uFE0F",
  skipped: "\u23ED\uFE0F",
  retrying: "\u{1F501}"
};

// src/core/summary-tables.ts
function oneLine(text2) {
  return text2.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}

// src/core/timeline-markdown.ts
function timelineMarkdown(rows, style) {
  if (rows.length === 0) return [];
  const multi = new Set(rows.map((r) => r.region)).size > 1;
  const table = (part) => [
    `| ${multi ? "region | " : ""}step | started (UTC) | took | result | entered by | log |`,
    `|${multi ? "---|" : ""}---|---|---|---|---|---|`,
    ...part.map(
      (r) => `| ${multi ? `${r.region} | ` : ""}${oneLine(r.step)} | ${clockTime(r.at, style.now)} | ${r.took} | ${oneLine(r.result)} | ${oneLine(r.via)} | ${r.log ? `[log](${r.log})` : ""} |`
    )
  ];
  const main = rows.filter((r) => !r.hop);
  const hops = rows.filter((r) => r.hop);
  const lines = ["#### Timeline", "", ...table(main), ""];
  if (hops.length > 0)
    lines.push(
      `<details><summary>${hops.length} automatic step${hops.length === 1 ? "" : "s"} that took no time</summary>`,
      "",
      ...table(hops),
      "",
      "</details>",
      ""
    );
  return lines;
}

// src/core/past-run-summary.ts
function pastRunLines(lifecycle, state, runId, style) {
  const history = state.history.filter((h) => h.runId === runId);
  const stages = state.stages.filter((s) => s.runId === runId);
  const outcome = pastOutcome(lifecycle, state, runId);
  const version = pastVersion(state, runId);
  const v = version ? `\`${shortVersion(version)}\`` : `run ${runId}`;
  const next = state.run && state.run.id > runId ? state.run : void 0;
  const error = state.error?.runId === runId ? state.error : void 0;
  const failed = stages.findLast((s) => s.status === "failed" || s.status === "timed-out");
  const step = error?.step ?? failed?.stage;
  const message = error?.message ?? failed?.message;
  const cause = step ? ` failed \`${step}\`${message ? ` (${oneLine(message).slice(0, 120)})` : ""}` : "";
  const after = next ? ` Run ${next.id} ${next.kind === "rollback" ? "rolls back to" : "deploys"} \`${shortVersion(next.version)}\`.` : "";
  const first = history[0];
  const last = history.at(-1);
  const took = first && last && last !== first ? ` in ${durationBetween(first.at, last.at)}` : "";
  const verdict = {
    "rolled-back": `\u26A0\uFE0F Rolled back: ${v}${cause || " was rolled back"}`,
    failed: `\u274C Failed: ${v}${cause}`,
    succeeded: `\u2705 Deployed ${v}${took}`,
    cancelled: `\u23F9 Cancelled: ${v} was replaced before it finished`,
    neutral: `\u23F8 ${v} came to rest${last ? ` in \`${last.to}\`` : ""}`,
    waiting: `\u270B ${v} was waiting when a newer run started`,
    "in-progress": `\u23F9 Cancelled: ${v} was replaced before it finished`
  };
  const lines = [`### ${verdict[outcome]}`, ""];
  if (step) {
    const log = failed?.url ? ` \xB7 [log of \`${failed.stage}\`](${failed.url})` : "";
    const where = error?.state ?? failed?.state;
    const at = error?.at ?? failed?.finishedAt;
    lines.push(
      "> [!CAUTION]",
      `> **Run ${runId}${version ? ` (${versionText(version, style.links)})` : ""}: ${step} failed**${where ? ` in \`${where}\`` : ""}${at ? `, ${whenText(at, style.now)}` : ""}${log}`,
      ...message ? [`> ${oneLine(message)}`] : [],
      ""
    );
  }
  lines.push(`**Run ${runId}** \xB7 ended by run ${next?.id ?? "?"}.${after}`, "");
  lines.push(...timelineMarkdown(runTimeline(lifecycle, state, runId, style), style));
  return lines;
}
function pastOutcome(lifecycle, state, runId) {
  const moves = state.history.map((h) => ({
    deployment: state.deployment,
    at: h.at,
    region: h.region,
    from: h.from,
    to: h.to,
    event: h.event,
    actor: h.actor,
    ...h.runId !== void 0 ? { run: h.runId } : {},
    ...state.run && h.runId === state.run.id ? { kind: state.run.kind } : {},
    ...state.error && h.runId === state.error.runId && h.at === state.error.at && h.from !== h.to ? { error: { step: state.error.step, state: state.error.state, message: state.error.message } } : {}
  }));
  return runOutcomes(lifecycle, moves).get(runId) ?? "cancelled";
}
function pastVersion(state, runId) {
  const run = state.run;
  if (run?.kind === "rollback" && run.from && run.id === runId + 1) return run.from;
  return state.good.find((g) => g.runId === runId)?.version;
}

// src/core/lifecycle-mermaid.ts
var AUTO_LABEL = "auto";
var MERMAID_CLASSES = [
  "  classDef failed stroke:#d1242f,fill:#ffebe9,color:#82071e",
  "  classDef auto stroke:#8c959f,fill:#f6f8fa,color:#57606a",
  "  classDef current stroke:#0969da,stroke-width:4px,fill:#ddf4ff,color:#0a3069,font-weight:bold"
];
function lifecycleMermaid(lifecycle, options = {}) {
  const lines = ["stateDiagram-v2", ...MERMAID_CLASSES];
  const regions = Object.entries(lifecycle.regions).filter(([name]) => options.regions?.includes(name) ?? true);
  const single = regions.length === 1;
  const classes = [];
  for (const [name, region] of regions) {
    const prefix = single ? "" : `${safeId(name)}_`;
    const indent = single ? "  " : "    ";
    if (!single) lines.push(`  state ${safeId(name)} {`);
    const drawn = regionLines(lifecycle, region, prefix, indent, single || name === MAIN_REGION);
    lines.push(...drawn.lines);
    if (!single) lines.push("  }");
    classes.push(...classLines(region, prefix, options.current?.[name], void 0, drawn.nodeOf));
  }
  return [...lines, ...classes].join("\n");
}
function classLines(region, prefix, current, only, nodeOf = /* @__PURE__ */ new Map()) {
  const node = (name) => nodeOf.get(name) ?? prefix + safeId(name);
  const lines = [];
  for (const [name, state] of Object.entries(region.states)) {
    if (only && !only.has(name)) continue;
    if (state.kind === "failed") lines.push(`  class ${node(name)} failed`);
    else if (state.kind === "transient") lines.push(`  class ${node(name)} auto`);
  }
  if (current !== void 0 && current in region.states && (!only || only.has(current)))
    lines.push(`  class ${node(current)} current`);
  return [...new Set(lines)];
}
var MIN_FAMILY = 3;
function regionLines(lifecycle, region, prefix, indent, global) {
  const id = (state) => prefix + safeId(state);
  const own = [];
  let usesPrevious = false;
  const arrow = (from, t, event) => {
    if (t.target === PREVIOUS_TARGET) usesPrevious = true;
    const to = t.target === void 0 ? from : t.target === PREVIOUS_TARGET ? `${prefix}previous` : t.target;
    own.push({ from, to, label: edgeLabel(event, t) });
  };
  for (const [name, state] of Object.entries(region.states)) {
    for (const [event, handlers] of Object.entries(state.on ?? {})) for (const t of handlers) arrow(name, t, event);
    for (const t of state.always ?? []) arrow(name, t, AUTO_LABEL);
  }
  const families = stateFamilies(region, own, prefix);
  const nodeOf = /* @__PURE__ */ new Map();
  for (const f of families) for (const m of f.members) nodeOf.set(m, f.id);
  const node = (state) => nodeOf.get(state) ?? (region.states[state] ? id(state) : state);
  const arrows = mergeParallel(
    own.map((a) => {
      const family = families.find((f) => f.members.includes(a.to) && !f.members.includes(a.from));
      return { from: node(a.from), to: node(a.to), label: family ? `${a.label}<br>\u2192 ${a.to}` : a.label };
    })
  );
  const labelOf = new Map(families.map((f) => [f.id, f.members.join(", ")]));
  for (const [name, state] of Object.entries(region.states))
    if (!nodeOf.has(name)) labelOf.set(id(name), stateLabel(name, state.stage));
  const declare = (drawn, at) => {
    const label = labelOf.get(drawn) ?? drawn;
    return label !== drawn ? `${at}state "${label}" as ${drawn}` : `${at}${drawn}`;
  };
  const lines = [];
  for (const drawn of labelOf.keys()) if (labelOf.get(drawn) !== drawn) lines.push(declare(drawn, indent));
  lines.push(`${indent}[*] --> ${node(region.initial)}`);
  for (const a of arrows) lines.push(`${indent}${a.from} --> ${a.to} : ${a.label}`);
  const finals = Object.entries(region.states).filter(([, state]) => state.kind === "final");
  for (const [name] of finals) lines.push(`${indent}${node(name)} --> [*]`);
  if (lifecycle.on && global) {
    for (const [event, handlers] of Object.entries(lifecycle.on)) {
      for (const t of handlers)
        lines.push(`${indent}%% from any state: ${edgeLabel(event, t)} \u2192 ${t.target ?? "(internal)"}`);
    }
  }
  if (usesPrevious) lines.push(`${indent}state "previous state" as ${prefix}previous`);
  return { lines, nodeOf };
}
function stateFamilies(region, arrows, prefix) {
  const bySignature = /* @__PURE__ */ new Map();
  for (const [name, state] of Object.entries(region.states)) {
    if (name === region.initial || state.kind !== "failed" && state.kind !== "transient") continue;
    const out = arrows.filter((a) => a.from === name).map((a) => `${a.to === name ? "(itself)" : a.to} ${a.label}`).sort();
    const signature = `${state.kind} ${state.stage ?? ""} ${out.join("|")}`;
    bySignature.set(signature, [...bySignature.get(signature) ?? [], name]);
  }
  return [...bySignature.values()].filter((members) => members.length >= MIN_FAMILY).map((members, i) => ({ id: `${prefix}family_${i + 1}`, members }));
}
function mergeParallel(arrows) {
  const merged = /* @__PURE__ */ new Map();
  for (const a of arrows) {
    const key = `${a.from} ${a.to}`;
    const at = merged.get(key);
    if (at) {
      if (!at.labels.includes(a.label)) at.labels.push(a.label);
    } else merged.set(key, { from: a.from, to: a.to, labels: [a.label] });
  }
  return [...merged.values()].map((m) => ({ from: m.from, to: m.to, label: joinLabels(m.labels) }));
}
function joinLabels(labels) {
  const guard = / \[[^\]]*\]$/.exec(labels[0] ?? "")?.[0];
  if (labels.length < 2 || !guard || !labels.every((l) => l.endsWith(guard))) return labels.join(", ");
  return `${labels.map((l) => l.slice(0, -guard.length)).join(", ")}${guard}`;
}
function stateLabel(name, stage) {
  return stage && stage !== name ? `${name} (${stage})` : name;
}
var GUARD_LABEL_MAX = 40;
function edgeLabel(event, t) {
  const said = t.guard ? t.description?.trim().replace(/\.$/, "") ?? t.guard : void 0;
  const cut = said && said.length > GUARD_LABEL_MAX ? `${said.slice(0, GUARD_LABEL_MAX - 1)}\u2026` : said;
  return sanitize(`${event}${cut ? ` [${cut}]` : ""}`);
}
function sanitize(text2) {
  return text2.replace(/"/g, "'").replace(/[;#:]/g, " ").replace(/\s+/g, " ").trim();
}
function safeId(name) {
  return name.replace(/[^A-Za-z0-9_]/g, "_");
}

// src/core/lifecycle-moves-table.ts
var KIND_WORDS = {
  transient: "automatic",
  stage: "runs a stage",
  wait: "waits",
  steady: "rests",
  final: "final",
  failed: "failure"
};
function lifecycleMovesTable(region, current) {
  const lines = ["| state | kind | moves on (event \u2192 next state) |", "|---|---|---|"];
  for (const [name, state] of Object.entries(region.states)) {
    const label = stateLabel(name, state.stage);
    const shown = label === name ? `\`${name}\`` : `\`${name}\` (${state.stage ?? ""})`;
    const here = name === current ? `**${shown}** \u2190 current` : shown;
    const start = name === region.initial ? " \xB7 initial" : "";
    const byTarget = /* @__PURE__ */ new Map();
    const add = (event, t) => {
      const to = t.target === void 0 ? "stays" : t.target === PREVIOUS_TARGET ? "the state before" : `\`${t.target}\``;
      byTarget.set(to, [...byTarget.get(to) ?? [], edgeLabel(event, t)]);
    };
    for (const [event, handlers] of Object.entries(state.on ?? {})) for (const t of handlers) add(event, t);
    for (const t of state.always ?? []) add(AUTO_LABEL, t);
    const moves = [...byTarget].map(([to, events]) => `${[...new Set(events)].join(", ")} \u2192 ${to}`);
    const why = state.kind === "failed" && state.description ? `: ${state.description.trim()}` : "";
    lines.push(
      `| ${here} | ${KIND_WORDS[state.kind]}${start}${why.replace(/\|/g, "\\|")} | ${moves.join(" \xB7 ").replace(/\|/g, "\\|") || "\u2014"} |`
    );
  }
  return lines;
}

// src/core/run-path-mermaid.ts
function runPathMermaid(lifecycle, region, moves, current) {
  const def = lifecycle.regions[region];
  const own = moves.filter((m) => m.region === region && m.from !== m.to);
  const first = own[0];
  if (!def || !first) return "";
  const visited = /* @__PURE__ */ new Set([first.from, ...own.map((m) => m.to)]);
  const lines = ["stateDiagram-v2", ...MERMAID_CLASSES];
  for (const name of visited) {
    const label = stateLabel(name, def.states[name]?.stage);
    if (label !== name || safeId(name) !== name) lines.push(`  state "${sanitize(label)}" as ${safeId(name)}`);
  }
  lines.push(`  [*] --> ${safeId(first.from)}`);
  const drawn = /* @__PURE__ */ new Set();
  for (const m of own) {
    const event = m.event === "always" ? AUTO_LABEL : m.event;
    const arrow = `  ${safeId(m.from)} --> ${safeId(m.to)} : ${sanitize(event)}`;
    if (drawn.has(arrow)) continue;
    drawn.add(arrow);
    lines.push(arrow);
  }
  return [...lines, ...classLines(def, "", current, visited)].join("\n");
}

// src/core/summary-diagrams.ts
var MAX_DRAWN_STATES = 10;
var MAX_DRAWN_ARROWS = 18;
function summaryDiagrams(lifecycle, state, runId) {
  const current = Object.fromEntries(Object.entries(state.regions).map(([name, r]) => [name, r.state]));
  const regions = Object.keys(lifecycle.regions);
  const multi = regions.length > 1;
  const moves = runId === void 0 ? [] : state.history.filter((h) => h.runId === runId);
  const paths = regions.flatMap((region) => {
    const text2 = runPathMermaid(lifecycle, region, moves, current[region]);
    return text2 ? [block(multi ? `Region \`${region}\`` : "", text2)] : [];
  });
  const lines = [];
  if (paths.length > 0)
    lines.push(`<details><summary>Diagram: this run's path</summary>`, "", ...paths.flat(), "</details>", "");
  const full = regions.map((region) => {
    const title = multi ? `Region \`${region}\`` : "";
    const def = lifecycle.regions[region];
    if (def && !drawnWhole(lifecycle, region))
      return [...title ? [`**${title}**`, ""] : [], ...lifecycleMovesTable(def, current[region]), ""];
    return block(title, lifecycleMermaid(lifecycle, { current, regions: [region] }));
  });
  lines.push(
    regions.every((r) => drawnWhole(lifecycle, r)) ? `<details><summary>Diagram: the whole \`${lifecycle.name}\` lifecycle</summary>` : `<details><summary>The whole \`${lifecycle.name}\` lifecycle: its states and moves</summary>`,
    "",
    ...full.flat(),
    "</details>"
  );
  return lines;
}
function block(title, mermaid) {
  return [...title ? [`**${title}**`, ""] : [], "```mermaid", mermaid, "```", ""];
}
function drawnWhole(lifecycle, name) {
  const region = lifecycle.regions[name];
  if (!region) return true;
  const arrows = /* @__PURE__ */ new Set();
  for (const [name2, state] of Object.entries(region.states)) {
    const targets = [...Object.values(state.on ?? {}).flat(), ...state.always ?? []].map((t) => t.target ?? name2);
    for (const to of targets) arrows.add(`${name2} ${to}`);
  }
  return Object.keys(region.states).length <= MAX_DRAWN_STATES && arrows.size <= MAX_DRAWN_ARROWS;
}

// src/core/deployment-summary.ts
function deploymentSummary(lifecycle, state, blocked, options = {}) {
  const style = {
    now: options.now ?? state.updatedAt,
    actors: options.actors ?? "github",
    ...options.links ? { links: options.links } : {}
  };
  const lines = [];
  if (blocked) lines.push(`> [!CAUTION]`, `> **Blocked.** ${blocked}`, "");
  if (options.run !== void 0 && options.run !== state.run?.id) {
    lines.push(...pastRunLines(lifecycle, state, options.run, style));
    return [...lines, ...footer(lifecycle, state, style, options.run)].join("\n");
  }
  lines.push(`### ${deploymentVerdict(lifecycle, state, style, options.ended ? { ended: options.ended } : {})}`, "");
  const failure = runFailure(state);
  if (failure) lines.push(...failureNotice(failure, style), "");
  const run = state.run;
  if (run) {
    const from = run.from ? ` (rolling back from ${versionText(run.from, style.links)})` : "";
    const waited = queuedText(state, style);
    const coalesced = run.coalesced ? ` \xB7 ${triggers(run.coalesced)} coalesced into it` : "";
    const attempt = run.attempt > 1 ? ` \xB7 attempt ${run.attempt}` : "";
    const last = state.history.findLast((h) => h.runId === run.id);
    const busy = ["in_progress", "queued"].includes(deploymentStatus(lifecycle, state));
    const lasted = last && last.at !== run.startedAt ? durationBetween(run.startedAt, last.at) : "";
    const finished = last && !busy ? ` \xB7 finished ${exactTime(last.at, style.now)}` : "";
    const took = lasted ? busy ? ` \xB7 ${lasted} so far` : `${finished} \xB7 took ${lasted}` : "";
    lines.push(
      `**Run ${run.id}** \xB7 ${run.kind} of ${versionText(run.version, style.links)}${from} \xB7 caused by ${run.cause} \xB7 by ${actorText(run.actor, style.actors)}${attempt} \xB7 started ${whenText(run.startedAt, style.now)}${took}${waited}${coalesced}`,
      ""
    );
    const links = linksLine(state, style.links);
    if (links) lines.push(links, "");
  }
  if (state.hold)
    lines.push(
      `**Paused** by ${actorText(state.hold.actor, style.actors)} ${whenText(state.hold.at, style.now)}. The running stage may finish; nothing new starts until resume.`,
      ""
    );
  const waiting = awaitingApproval(state);
  if (waiting?.approval) lines.push(...approvalNotice(state, waiting, waiting.approval, style), "");
  if (state.rolledBack)
    lines.push(
      `**Rolled back:** \`${shortVersion(state.rolledBack.version)}\` was rolled back in run ${state.rolledBack.runId}; merges and pushes will not redeploy it. A new commit or an explicit deploy will.`,
      ""
    );
  const timer = nextTimer(lifecycle, state);
  if (timer?.target)
    lines.push(
      `**Next:** timer \`${timer.name}\` moves it to \`${timer.target}\` ${whenText(timer.due, style.now)}${timer.guard ? `, if \`${timer.guard}\`` : ""}, unless another event comes first.`,
      ""
    );
  if (state.queue.length > 0) {
    const queued = state.queue.map(
      (q) => `\`${shortVersion(q.version)}\` (${q.cause} by ${actorText(q.actor, style.actors)}${q.coalesced ? `; ${triggers(q.coalesced)} coalesced` : ""})`
    );
    lines.push(
      `**Queued (${state.queue.length}):** ${queued.join(", ")}. A newer trigger supersedes the ones queued before it.`,
      ""
    );
  }
  const retry2 = run ? pendingRetry(state, run.attempt, style) : void 0;
  if (retry2) lines.push(retry2, "");
  lines.push(...timelineMarkdown(runTimeline(lifecycle, state, run?.id, style), style));
  if (state.fleet) lines.push(...fleetSummaryLines(state.fleet));
  lines.push(...footer(lifecycle, state, style, run?.id));
  return lines.join("\n");
}
function footer(lifecycle, state, style, runId) {
  return [
    `<sub>As of ${exactTime(style.now, style.now)} on ${style.now.slice(0, 10)}; relative times count from then.</sub>`,
    "",
    ...summaryDiagrams(lifecycle, state, runId)
  ];
}
function failureNotice(failure, style) {
  const { error, stage } = failure;
  const run = failure.runId !== void 0 ? `Run ${failure.runId}` : "The run";
  const version = failure.version ? ` (${versionText(failure.version, style.links)})` : "";
  const verb = stage?.status === "timed-out" ? "timed out" : "failed";
  const attempt = stage && stage.attempt > 1 ? `, attempt ${stage.attempt}` : "";
  const took = stage?.finishedAt ? ` after ${durationBetween(stage.startedAt, stage.finishedAt)}` : "";
  const log = stage?.url ? ` \xB7 [log of \`${stage.stage}\`${attempt}](${stage.url})` : "";
  return [
    failure.earlier ? `> [!WARNING]` : `> [!CAUTION]`,
    `> **${run}${version}: ${error.step} ${verb}** in \`${error.state}\`${took}, ${whenText(error.at, style.now)}${log}`,
    `> ${oneLine(error.message)}`
  ];
}
function approvalNotice(state, stage, approval, style) {
  const who = approval.reviewers.length > 0 ? `May approve: ${approval.reviewers.map((r) => `@${r}`).join(", ")}.` : "A required reviewer of the environment may approve.";
  const where = stage.url ? ` Review it on [the workflow run](${stage.url}).` : "";
  const timer = state.timers.find((t) => t.name === `stage-approval:${stage.region}`);
  return [
    `> [!IMPORTANT]`,
    `> **Awaiting approval in ${approval.environment}** since ${whenText(approval.since, style.now)}: \`${stage.stage}\` waits for a required reviewer. ${who}${where}`,
    `> The stage's deadline is suspended while it waits${timer ? `; the approval times out ${relativeTime(timer.due, style.now)} (${exactTime(timer.due, style.now)})` : ""}.`
  ];
}
function pendingRetry(state, attempt, style) {
  const timer = state.timers.find((t) => t.name.startsWith("stage-retry:"));
  if (!timer) return void 0;
  const stage = state.stages.findLast((s) => s.region === timer.region)?.stage;
  return `**Retrying** ${stage ? `\`${stage}\` ` : ""}as attempt ${attempt + 1} ${whenText(timer.due, style.now)}.`;
}
function queuedText(state, style) {
  const run = state.run;
  if (!run) return "";
  const queued = state.history.findLast(
    (h) => h.runId !== run.id && h.event === "deploy" && h.from === h.to && h.at <= run.startedAt && h.note?.startsWith(`queued ${shortVersion(run.version)} `)
  );
  if (!queued) return "";
  return ` \xB7 queued ${exactTime(queued.at, style.now)} (waited ${durationBetween(queued.at, run.startedAt)})`;
}
function triggers(count) {
  return `${count} older trigger${count === 1 ? "" : "s"}`;
}

// src/ports/logger.ts
var silentLogger = { info: () => {
}, warn: () => {
}, error: () => {
} };

// src/core/bounded-event.ts
var ACTOR_MAX_LENGTH = 64;
var MESSAGE_MAX_LENGTH = 300;
var NOTE_MAX_LENGTH = 200;
var URL_MAX_LENGTH = 300;
var IDENTIFIER_MAX_LENGTH = 200;
var REVIEWERS_LIMIT = 6;
var REVIEWER_MAX_LENGTH = 100;
var ELLIPSIS = "\u2026";
var UNKNOWN_ACTOR = "unknown";
function boundedEvent(event) {
  const report = "stage" in event ? event.stage : void 0;
  const identifiers = [
    ["event id", event.id],
    ["version", event.type === "deploy" ? event.version : void 0],
    ["event name", event.type === "custom" ? event.name : void 0],
    ["external id", report?.externalId],
    ["environment", environmentOf(event)]
  ];
  for (const [name, value] of identifiers) {
    if (value === "" && name !== "external id")
      return { ok: false, reason: "input-empty", detail: `the ${name} is empty` };
    if (value !== void 0 && value.length > IDENTIFIER_MAX_LENGTH) {
      return {
        ok: false,
        reason: "input-too-long",
        detail: `the ${name} is ${value.length} characters; at most ${IDENTIFIER_MAX_LENGTH} are kept`
      };
    }
  }
  const actorFits = event.actor.length <= ACTOR_MAX_LENGTH && event.actor !== "";
  if (actorFits && (!report || reportFits(report)) && approvalFits(event)) return { ok: true, event };
  const actor = actorFits ? event.actor : event.actor === "" ? UNKNOWN_ACTOR : clip(event.actor, ACTOR_MAX_LENGTH);
  if (!report || !("stage" in event)) return { ok: true, event: { ...event, actor } };
  const stage = boundedReport(report);
  if (event.type === "stage.waiting")
    return { ok: true, event: { ...event, actor, stage, approval: boundedRequest(event.approval) } };
  if (event.type === "stage.approved" || event.type === "stage.rejected")
    return { ok: true, event: { ...event, actor, stage, review: boundedReview(event.review) } };
  return { ok: true, event: { ...event, actor, stage } };
}
function environmentOf(event) {
  if (event.type === "stage.waiting") return event.approval.environment;
  if (event.type === "stage.approved" || event.type === "stage.rejected") return event.review.environment;
  return void 0;
}
function approvalFits(event) {
  if (event.type === "stage.waiting")
    return event.approval.reviewers.length <= REVIEWERS_LIMIT && event.approval.reviewers.every((r) => r.length <= REVIEWER_MAX_LENGTH);
  if (event.type === "stage.approved" || event.type === "stage.rejected")
    return (event.review.comment?.length ?? 0) <= MESSAGE_MAX_LENGTH;
  return true;
}
function boundedRequest(request) {
  return {
    ...request,
    reviewers: request.reviewers.slice(0, REVIEWERS_LIMIT).map((r) => clip(r, REVIEWER_MAX_LENGTH))
  };
}
function boundedReview(review) {
  const { comment: comment2, ...rest } = review;
  return { ...rest, ...comment2 === void 0 ? {} : { comment: clip(comment2, MESSAGE_MAX_LENGTH) } };
}
function reportFits(report) {
  return (report.message === void 0 || report.message.length <= MESSAGE_MAX_LENGTH) && (report.url === void 0 || report.url.length <= URL_MAX_LENGTH);
}
function boundedReport(report) {
  const { url, message, ...rest } = report;
  return {
    ...rest,
    ...message === void 0 ? {} : { message: clip(message, MESSAGE_MAX_LENGTH) },
    ...url === void 0 || url.length > URL_MAX_LENGTH ? {} : { url }
  };
}
function clip(text2, max) {
  if (text2.length <= max) return text2;
  let end = max - ELLIPSIS.length;
  const last = text2.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return text2.slice(0, end) + ELLIPSIS;
}

// src/adapters/github/check-run-actions.ts
var LABEL_MAX_LENGTH = 20;
var DESCRIPTION_MAX_LENGTH = 40;
function checkRunActions(view) {
  const page = { ended: Boolean(view.ended), blocked: Boolean(view.blocked) };
  return runButtons(view.lifecycle, view.state, page).map((b) => ({
    label: clip(b.label, LABEL_MAX_LENGTH),
    description: clip(b.description, DESCRIPTION_MAX_LENGTH),
    identifier: b.identifier
  }));
}

// src/core/deployment-state.ts
var STATE_SCHEMA_VERSION = 1;
var HISTORY_LIMIT = 50;
var PROCESSED_LIMIT = 200;
var STAGE_RESULTS_LIMIT = 50;
var GOOD_VERSIONS_LIMIT = 10;
var QUEUE_LIMIT = 1;
var ZERO_COUNTERS = { failed: 0, completed: 0, inProgress: 0, total: 0 };
function initialDeploymentState(lifecycle, deployment, at) {
  const regions = {};
  for (const [name, region] of Object.entries(lifecycle.regions)) {
    regions[name] = { state: region.initial, since: at, resting: region.initial };
  }
  return {
    schemaVersion: STATE_SCHEMA_VERSION,
    deployment,
    lifecycle: lifecycle.name,
    regions,
    run: null,
    runSeq: 0,
    good: [],
    rolledBack: null,
    queue: [],
    timers: [],
    hold: null,
    error: null,
    stages: [],
    counters: ZERO_COUNTERS,
    history: [],
    processed: [],
    updatedAt: at
  };
}

// src/core/coalesce-queue.ts
function coalesceQueue(queue, limit = QUEUE_LIMIT) {
  if (queue.length <= limit) return { queue: [...queue], dropped: 0 };
  const cut = queue.length - limit;
  const dropped = coalescedIn(queue.slice(0, cut));
  const kept = queue.slice(cut);
  const [first, ...rest] = kept;
  if (!first) return { queue: [], dropped };
  return { queue: [{ ...first, coalesced: (first.coalesced ?? 0) + dropped }, ...rest], dropped };
}
function coalescedIn(entries) {
  return entries.reduce((sum, entry) => sum + 1 + (entry.coalesced ?? 0), 0);
}

// src/core/transition-context.ts
var DEFAULT_STAGE_TIMEOUT_SECONDS = 1800;
var DEFAULT_BACKOFF_SECONDS = 30;
var MAX_BACKOFF_SECONDS = 3600;
function guardThreshold(context, total) {
  if (context.thresholdPercent !== void 0)
    return resolveAmount({ kind: "percent", percent: context.thresholdPercent }, total);
  return context.threshold ?? 1;
}

// src/core/draft.ts
var Refusal = class {
  constructor(reason, detail) {
    this.reason = reason;
    this.detail = detail;
  }
  reason;
  detail;
};
function draftOf(lifecycle, state, event, context) {
  return {
    lifecycle,
    context,
    base: state,
    event,
    regions: { ...state.regions },
    run: state.run,
    runSeq: state.runSeq,
    good: [...state.good],
    rolledBack: state.rolledBack,
    // A state written before the queue was bounded may hold more: it is coalesced on the next event.
    queue: coalesceQueue(state.queue).queue,
    timers: [...state.timers],
    hold: state.hold,
    error: state.error,
    stages: state.stages,
    counters: state.counters,
    added: [],
    effects: [],
    ended: [],
    raised: [],
    enteredSteady: false,
    steps: 0
  };
}
function stateOf(draft, base) {
  return {
    schemaVersion: base.schemaVersion,
    deployment: base.deployment,
    lifecycle: base.lifecycle,
    regions: draft.regions,
    run: draft.run,
    runSeq: draft.runSeq,
    good: draft.good.slice(0, GOOD_VERSIONS_LIMIT),
    rolledBack: draft.rolledBack,
    queue: draft.queue,
    timers: draft.timers,
    hold: draft.hold,
    error: draft.error,
    stages: draft.stages.length > STAGE_RESULTS_LIMIT ? draft.stages.slice(-STAGE_RESULTS_LIMIT) : draft.stages,
    counters: draft.counters,
    history: bounded(base.history, draft.added, HISTORY_LIMIT),
    processed: bounded(base.processed, [draft.event.id], PROCESSED_LIMIT),
    updatedAt: draft.event.at,
    // Written by the fleet's own commits (docs/fleet.md); an event carries it along unchanged.
    ...base.fleet === void 0 ? {} : { fleet: base.fleet }
  };
}
function bounded(list, added, limit) {
  const all = list.concat(added);
  return all.length > limit ? all.slice(all.length - limit) : all;
}
function stateDefOf(draft, region, name) {
  const def = draft.lifecycle.regions[region]?.states[name];
  if (!def) throw new LifecycleStateError(draft.lifecycle.name, region, name);
  return def;
}
var LifecycleStateError = class extends Error {
  name = "LifecycleStateError";
  constructor(lifecycle, region, state) {
    super(`lifecycle ${lifecycle} has no state ${JSON.stringify(state)} in region ${region}`);
  }
};
function currentDef(draft, region) {
  return stateDefOf(draft, region, regionOf(draft, region).state);
}
function regionOf(draft, region) {
  return defined(draft.regions[region], `region ${region} of ${draft.lifecycle.name}`);
}
function isBusy(draft) {
  return Object.keys(draft.regions).some((region) => BUSY_KINDS.has(currentDef(draft, region).kind));
}
function guardContextOf(draft) {
  const regions = {};
  for (const [name, region] of Object.entries(draft.regions)) regions[name] = region.state;
  const version = draft.run?.version;
  return {
    quick: draft.context.quick ?? false,
    exists: draft.good.length > 0,
    hasPrevious: draft.good.some((g) => g.version !== version),
    allowDrop: draft.context.allowDrop ?? false,
    autoRollback: draft.context.autoRollback ?? true,
    errorStep: draft.error?.step ?? "",
    deploymentType: draft.context.type ?? "",
    cause: draft.event.cause,
    run: draft.run?.kind ?? "",
    attempt: draft.run?.attempt ?? 0,
    failed: draft.counters.failed,
    completed: draft.counters.completed,
    inProgress: draft.counters.inProgress,
    total: draft.counters.total,
    threshold: guardThreshold(draft.context, draft.counters.total),
    regions
  };
}
function activeStage(draft, region, anyRun = false) {
  const current = regionOf(draft, region).state;
  for (let i = draft.stages.length - 1; i >= 0; i--) {
    const result = defined(draft.stages[i], `stage result ${i}`);
    if (result.region !== region) continue;
    if (result.state !== current) return void 0;
    if (!anyRun && (draft.run === null || result.runId !== draft.run.id)) return void 0;
    return result.status === "dispatching" || result.status === "running" ? result : void 0;
  }
  return void 0;
}
function replaceStage(draft, old, next) {
  const index = draft.stages.lastIndexOf(old);
  if (index < 0) return;
  const stages = draft.stages.slice();
  stages[index] = next;
  draft.stages = stages;
}
function pushStage(draft, result) {
  draft.stages = draft.stages.concat(result);
}
function removeTimer(draft, name) {
  if (!draft.timers.some((t) => t.name === name)) return false;
  draft.timers = draft.timers.filter((t) => t.name !== name);
  draft.effects.push({ type: "cancelTimer", name });
  return true;
}
function addTimer(draft, timer) {
  draft.timers = [...draft.timers.filter((t) => t.name !== timer.name), timer];
  draft.effects.push({ type: "scheduleTimer", name: timer.name, due: timer.due });
}
function record2(draft, entry) {
  const { event } = draft;
  const note3 = entry.note === void 0 || entry.note.length <= NOTE_MAX_LENGTH ? {} : { note: clip(entry.note, NOTE_MAX_LENGTH) };
  draft.added.push({ at: event.at, eventId: event.id, actor: event.actor, ...entry, ...note3 });
}
function cancelJob(draft, active, reason) {
  draft.effects.push({
    type: "cancelStage",
    stage: active.stage,
    runId: active.runId,
    attempt: active.attempt,
    ...active.externalId ? { externalId: active.externalId } : {},
    reason
  });
}

// src/core/run-end.ts
function endRun(draft, next, rollback) {
  const run = draft.run;
  if (!run || run.id === next) return;
  const failed = draft.error?.runId === run.id ? draft.error : void 0;
  const busy = isBusy(draft);
  const outcome = failed ? "failure" : busy || draft.hold ? "cancelled" : "success";
  const { reason, after } = runEndWords(outcome, failed?.step, next, rollback, draftVersion(draft, rollback));
  const state = stateOf(draft, draft.base);
  draft.ended.push({
    run,
    outcome,
    reason,
    after,
    by: next,
    state: { ...state, regions: { ...state.regions }, queue: [...state.queue] }
  });
}
function runEndWords(outcome, step, next, rollback, version) {
  const by = `run ${next}${rollback ? " (rollback)" : ""}`;
  if (outcome === "failure") {
    const after2 = `${rollback ? "rolled back by" : "replaced by"} ${by}`;
    return { reason: `${step ?? "the run"} failed; ${after2}`, after: after2 };
  }
  if (outcome === "cancelled") {
    const after2 = `superseded by ${by} of ${shortVersion(version)}`;
    return { reason: after2, after: after2 };
  }
  const after = `${by} started after it`;
  return { reason: `finished; ${after}`, after };
}
function draftVersion(draft, rollback) {
  if (rollback) return draft.good.find((g) => g.version !== draft.run?.version)?.version ?? "";
  return draft.event.type === "deploy" ? draft.event.version : draft.run?.version ?? "";
}

// src/core/replaced-run-end.ts
function replacedRunEnd(lifecycle, state) {
  const next = state.run;
  if (!next || next.id <= 1) return void 0;
  const runId = next.id - 1;
  const failedStage = state.stages.findLast(
    (s) => s.runId === runId && (s.status === "failed" || s.status === "timed-out")
  );
  const step = (state.error?.runId === runId ? state.error.step : void 0) ?? failedStage?.stage;
  const judged = pastOutcome(lifecycle, state, runId);
  const outcome = (judged === "failed" || judged === "rolled-back") && step !== void 0 ? "failure" : judged === "succeeded" || judged === "rolled-back" ? "success" : "cancelled";
  const words = runEndWords(outcome, step, next.id, next.kind === "rollback", next.version);
  return { runId, outcome, ...words, by: next.id };
}

// src/adapters/github/surface-mapping.ts
function surfaceName(deployment) {
  return `ferry/${deployment}`;
}
function surfaceStatus(view) {
  if (view.blocked)
    return {
      report: "failure",
      commit: "error",
      check: { status: "completed", conclusion: "failure" },
      deployment: "error"
    };
  if (view.ended) return endedStatus(view.ended.outcome);
  const report = deploymentStatus(view.lifecycle, view.state);
  switch (report) {
    case "queued":
      return { report, commit: "pending", check: { status: "queued" }, deployment: "queued" };
    case "in_progress":
      return { report, commit: "pending", check: { status: "in_progress" }, deployment: "in_progress" };
    case "success":
      return {
        report,
        commit: "success",
        check: { status: "completed", conclusion: "success" },
        deployment: "success"
      };
    case "failure":
      return {
        report,
        commit: "failure",
        check: { status: "completed", conclusion: "failure" },
        deployment: "failure"
      };
    case "neutral":
      return {
        report,
        commit: "success",
        check: { status: "completed", conclusion: "neutral" },
        deployment: "inactive"
      };
    case "action_required":
      return {
        report,
        commit: "pending",
        check: { status: "completed", conclusion: "action_required" },
        deployment: "queued"
      };
  }
}
function clip2(text2, max) {
  return text2.length <= max ? text2 : text2.slice(0, max - 1) + "\u2026";
}
function endedStatus(outcome) {
  switch (outcome) {
    case "success":
      return {
        report: "success",
        commit: "success",
        check: { status: "completed", conclusion: "success" },
        deployment: "success"
      };
    case "failure":
      return {
        report: "failure",
        commit: "failure",
        check: { status: "completed", conclusion: "failure" },
        deployment: "failure"
      };
    case "cancelled":
      return {
        report: "neutral",
        commit: "error",
        check: { status: "completed", conclusion: "cancelled" },
        deployment: "inactive"
      };
  }
}
var ENDED_WORDS = {
  success: "succeeded",
  failure: "failed",
  cancelled: "cancelled"
};
function endedDescription(runId, outcome, reason) {
  return clip2(`run ${runId} ${ENDED_WORDS[outcome]}: ${reason}`, 140);
}
function shortDescription(view) {
  if (view.blocked) return clip2(`blocked: ${view.blocked}`, 140);
  const run = view.state.run;
  if (!run) return clip2(stateLine(view.state), 140);
  const which = `run ${run.id}${run.attempt > 1 ? `, attempt ${run.attempt}` : ""}`;
  if (view.ended) return endedDescription(run.id, view.ended.outcome, view.ended.reason);
  const version = shortVersion(run.version);
  const rollback = run.kind === "rollback";
  const error = view.state.error && view.state.error.runId === run.id ? view.state.error : void 0;
  const report = surfaceStatus(view).report;
  const where = Object.values(view.state.regions).map((r) => r.state);
  switch (report) {
    case "queued":
    case "in_progress": {
      const waiting = awaitingApproval(view.state)?.approval;
      const held = waiting ? ` \u2014 awaiting approval in ${waiting.environment}` : "";
      return clip2(`${rollback ? "rolling back to" : "deploying"} ${version} (${which})${held}`, 140);
    }
    case "success":
      return clip2(`${rollback ? "rolled back to" : "deployed"} ${version} (${which})`, 140);
    case "failure":
      return clip2(`${error ? `${error.step} failed` : `failed in ${where.join(", ")}`} on ${version} (${which})`, 140);
    case "action_required":
      return clip2(`${stateLine(view.state)}`, 140);
    case "neutral":
      return clip2(`${view.state.hold ? "paused" : where.join(", ")} on ${version} (${which})`, 140);
  }
}

// src/adapters/github/run-surface-lookup.ts
function runKey(deployment, runId) {
  return `ferry:${deployment}:${runId}`;
}
var RunSurfaceLookup = class {
  constructor(client, ref) {
    this.client = client;
    this.ref = ref;
  }
  client;
  ref;
  async checkRun(deployment, runId, sha) {
    const found = await this.client.request(
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
      {
        ...this.ref,
        ref: sha,
        check_name: surfaceName(deployment),
        filter: "all",
        per_page: 100
      }
    );
    const key = runKey(deployment, runId);
    const run = found.data.check_runs.filter((c) => c.external_id === key).sort((a, b) => Number(a.id) - Number(b.id))[0];
    return run ? {
      id: Number(run.id),
      url: run.html_url ?? run.url,
      summary: run.output.summary ?? void 0,
      status: run.status
    } : void 0;
  }
  async checkRunById(id) {
    const { data } = await this.client.request(
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}",
      {
        ...this.ref,
        check_run_id: id
      }
    );
    return {
      id: Number(data.id),
      url: data.html_url ?? data.url,
      summary: data.output.summary ?? void 0,
      status: data.status
    };
  }
  async deployment(deployment, runId, sha, environment) {
    return (await this.runDeployment(deployment, runId, environment, sha))?.id;
  }
  /**
   * The GitHub deployment of a run and the version it deployed (its `sha`), among the
   * environment's latest 100 when the version is not known (an earlier run's: the state keeps
   * only the current run's version).
   */
  async runDeployment(deployment, runId, environment, sha) {
    const found = await this.client.request(
      "GET /repos/{owner}/{repo}/deployments",
      {
        ...this.ref,
        ...sha === void 0 ? {} : { sha },
        environment,
        per_page: 100
      }
    );
    return found.data.filter((d) => {
      const payload = d.payload;
      return typeof payload === "object" && payload.ferry?.deployment === deployment && payload.ferry.runId === runId;
    }).map((d) => ({ id: Number(d.id), sha: d.sha })).sort((a, b) => a.id - b.id)[0];
  }
};

// src/adapters/github/replaced-run-repair.ts
async function finishReplacedRun(client, ref, lookup, view) {
  const end = replacedRunEnd(view.lifecycle, view.state);
  if (!end) return;
  const deployment = await lookup.runDeployment(view.deployment, end.runId, view.environment);
  if (!deployment) return;
  const check = await lookup.checkRun(view.deployment, end.runId, deployment.sha);
  if (!check || check.status === "completed") return;
  const status = endedStatus(end.outcome);
  const page = deploymentSummary(view.lifecycle, view.state, void 0, { run: end.runId });
  const heading = page.split("\n")[0] ?? "";
  const title = heading.replace(new RegExp("^### \\p{Extended_Pictographic}\\uFE0F? ", "u"), "").replaceAll("`", "");
  const preface = `> **Run ${end.runId} ended: ${end.outcome}.** ${end.reason}.

`;
  const updated = await client.request(
    "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
    {
      ...ref,
      check_run_id: check.id,
      status: "completed",
      ...status.check.conclusion ? { conclusion: status.check.conclusion } : {},
      external_id: runKey(view.deployment, end.runId),
      output: { title: clip2(title, 255), summary: clip2(preface + page, 65535) },
      actions: []
    }
  );
  const url = updated.data.html_url ?? check.url;
  const description = endedDescription(end.runId, end.outcome, end.reason);
  await client.request("POST /repos/{owner}/{repo}/statuses/{sha}", {
    ...ref,
    sha: deployment.sha,
    state: status.commit,
    context: surfaceName(view.deployment),
    description,
    target_url: url
  });
  await client.request(
    "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    {
      ...ref,
      deployment_id: deployment.id,
      state: status.deployment,
      log_url: url,
      description,
      auto_inactive: true
    }
  );
}

// src/adapters/github/github-reporter.ts
var SUMMARY_LIMIT2 = 65535;
var REMEMBERED_RUNS = 500;
var GitHubReporter = class {
  constructor(client, ref, log = silentLogger) {
    this.client = client;
    this.ref = ref;
    this.log = log;
    this.lookup = new RunSurfaceLookup(client, ref);
  }
  client;
  ref;
  log;
  known = /* @__PURE__ */ new Map();
  lookup;
  async report(views) {
    for (const view of views) {
      const run = view.state.run;
      if (!run) continue;
      try {
        if (view.basis === "written") await this.project(view, run);
        else await this.repair(view, run);
      } catch (error) {
        this.log.error(
          { err: error, deployment: view.deployment, run: run.id, hint: permissionHint(error) },
          `could not report ${view.deployment} to GitHub`
        );
        throw error;
      }
    }
  }
  surfacesOf(deployment, runId) {
    const known = this.known.get(runKey(deployment, runId));
    if (!known?.checkRun && known?.deployment === void 0) return void 0;
    return {
      ...known.checkRun ? { checkRun: known.checkRun.id } : {},
      ...known.deployment === void 0 ? {} : { deployment: known.deployment }
    };
  }
  /** A move this replica wrote: write what changed, creating the run's surfaces if it owns them. */
  async project(view, run) {
    const known = this.knownOf(view.deployment, run);
    const body = checkBody(view, this.repositoryUrl());
    const before = previousView(view);
    let check = known.checkRun;
    let unknown = false;
    if (!check && !view.started) {
      const found = await this.lookup.checkRun(view.deployment, run.id, run.version);
      if (found) check = { id: found.id, url: found.url };
      else await finishReplacedRun(this.client, this.ref, this.lookup, view);
      unknown = true;
    }
    const fresh = !check;
    if (!check) check = await this.createCheckRun(view, run, body);
    const all = fresh || unknown || !before;
    if (!fresh && (all || !before || shownContent(body) !== shownContent(checkBody(before, this.repositoryUrl())))) {
      check = await this.updateCheckRun(check.id, body);
    }
    this.remember(view.deployment, run.id, { checkRun: check });
    if (all || statusBody(view) !== statusBody(before)) await this.commitStatus(view, run, check.url);
    let deployment = known.deployment;
    if (deployment === void 0 && !view.started)
      deployment = await this.lookup.deployment(view.deployment, run.id, run.version, view.environment);
    const created = deployment === void 0;
    if (deployment === void 0) deployment = await this.createDeployment(view, run);
    this.remember(view.deployment, run.id, { deployment });
    if (all || created || deploymentBody(view, "") !== deploymentBody(before, ""))
      await this.deploymentStatus(deployment, view, check.url);
  }
  /**
   * A redelivered event, or a blocked deployment: the state was written before (perhaps by a
   * replica that crashed before reporting, perhaps by one reporting right now). Surfaces that
   * exist and show an older move than the state are brought up to date; nothing is created.
   */
  async repair(view, run) {
    const known = this.knownOf(view.deployment, run);
    let found = known.checkRun ? await this.lookup.checkRunById(known.checkRun.id) : await this.lookup.checkRun(view.deployment, run.id, run.version);
    if (!found) {
      await finishReplacedRun(this.client, this.ref, this.lookup, view);
      return;
    }
    const body = checkBody(view, this.repositoryUrl());
    const shown = moveOf(found.summary);
    const current = withoutMarker(found.summary) === withoutMarker(body.output.summary);
    const newer = shown !== void 0 && !view.state.processed.includes(shown);
    if (!view.blocked && (current || newer)) return;
    const updated = await this.updateCheckRun(found.id, body);
    found = { ...found, url: updated.url };
    this.remember(view.deployment, run.id, { checkRun: updated });
    await this.commitStatus(view, run, found.url);
    const deployment = known.deployment ?? await this.lookup.deployment(view.deployment, run.id, run.version, view.environment);
    if (deployment === void 0) return;
    this.remember(view.deployment, run.id, { deployment });
    await this.deploymentStatus(deployment, view, found.url);
  }
  knownOf(deployment, run) {
    const remembered = this.known.get(runKey(deployment, run.id)) ?? {};
    const recorded = run.surfaces;
    return {
      ...remembered,
      ...recorded?.deployment === void 0 ? {} : { deployment: recorded.deployment },
      ...recorded?.checkRun !== void 0 && remembered.checkRun?.id !== recorded.checkRun ? { checkRun: { id: recorded.checkRun, url: this.checkRunUrl(recorded.checkRun) } } : {}
    };
  }
  /** Where a check run is shown, for an id read from the state file before the first update returns it. */
  checkRunUrl(id) {
    return `${this.repositoryUrl()}/runs/${id}`;
  }
  /** The repository's web address: check-run Markdown links commits only as full URLs. */
  repositoryUrl() {
    return `https://github.com/${this.ref.owner}/${this.ref.repo}`;
  }
  remember(deployment, runId, learned) {
    const key = runKey(deployment, runId);
    const next = { ...this.known.get(key), ...learned };
    this.known.delete(key);
    this.known.set(key, next);
    for (const oldest of this.known.keys()) {
      if (this.known.size <= REMEMBERED_RUNS) break;
      this.known.delete(oldest);
    }
  }
  async createCheckRun(view, run, body) {
    const created = await this.client.request(
      "POST /repos/{owner}/{repo}/check-runs",
      {
        ...this.ref,
        name: surfaceName(view.deployment),
        head_sha: run.version,
        ...body
      }
    );
    return { id: Number(created.data.id), url: created.data.html_url ?? created.data.url };
  }
  async updateCheckRun(id, body) {
    const updated = await this.client.request(
      "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
      {
        ...this.ref,
        check_run_id: id,
        ...body
      }
    );
    return { id, url: updated.data.html_url ?? updated.data.url };
  }
  async commitStatus(view, run, targetUrl) {
    await this.client.request(
      "POST /repos/{owner}/{repo}/statuses/{sha}",
      {
        ...this.ref,
        sha: run.version,
        ...JSON.parse(statusBody(view)),
        target_url: targetUrl
      }
    );
  }
  async createDeployment(view, run) {
    const created = await this.client.request(
      "POST /repos/{owner}/{repo}/deployments",
      {
        ...this.ref,
        ref: run.version,
        environment: view.environment,
        description: clip2(`ferry run ${run.id} of ${view.deployment}`, 140),
        auto_merge: false,
        required_contexts: [],
        payload: { ferry: { deployment: view.deployment, runId: run.id } },
        transient_environment: view.lifecycle.name === "preview"
      }
    );
    if (!("id" in created.data))
      throw new Error(`GitHub did not create a deployment for ${view.deployment}: ${JSON.stringify(created.data)}`);
    return Number(created.data.id);
  }
  async deploymentStatus(id, view, logUrl) {
    await this.client.request(
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
      {
        ...this.ref,
        deployment_id: id,
        ...JSON.parse(deploymentBody(view, logUrl))
      }
    );
  }
};
function previousView(view) {
  if (!view.previous) return void 0;
  const { ended: _ended, previous, ...rest } = view;
  return { ...rest, state: previous };
}
function checkBody(view, repository) {
  const status = surfaceStatus(view);
  const run = view.state.run;
  const ended = view.ended;
  const endedForm = ended ? { ended: { outcome: ended.outcome, after: ended.after } } : {};
  const title = view.blocked ? `Blocked: ${view.blocked}` : deploymentVerdict(
    view.lifecycle,
    view.state,
    { now: view.state.updatedAt, actors: "github" },
    { plain: true, ...endedForm }
  );
  const preface = ended ? `> **Run ${ended.run.id} ended: ${ended.outcome}.** ${ended.reason}.

` : "";
  const marker = moveMarker(view.state.processed.at(-1));
  const links = { repository, ...view.environmentUrl ? { environmentUrl: view.environmentUrl } : {} };
  const summary = preface + deploymentSummary(view.lifecycle, view.state, view.blocked, { ...endedForm, links });
  return {
    status: status.check.status,
    ...status.check.conclusion ? { conclusion: status.check.conclusion } : {},
    external_id: runKey(view.deployment, run?.id ?? 0),
    output: {
      title: clip2(title, 255),
      summary: clip2(summary, SUMMARY_LIMIT2 - marker.length) + marker
    },
    actions: checkRunActions(view)
  };
}
function statusBody(view) {
  if (!view) return "";
  return JSON.stringify({
    state: surfaceStatus(view).commit,
    context: surfaceName(view.deployment),
    description: shortDescription(view)
  });
}
function deploymentBody(view, logUrl) {
  if (!view) return "";
  return JSON.stringify({
    state: surfaceStatus(view).deployment,
    log_url: logUrl,
    ...view.environmentUrl ? { environment_url: view.environmentUrl } : {},
    description: shortDescription(view),
    auto_inactive: true
  });
}
var MARKER = /\n\n<!-- ferry:move ([^ ]*) -->$/;
function moveMarker(eventId) {
  return `

<!-- ferry:move ${encodeURIComponent(eventId ?? "").replaceAll("-", "%2D")} -->`;
}
function shownContent(body) {
  return JSON.stringify({ ...body, output: { ...body.output, summary: withoutMarker(body.output.summary) } });
}
function withoutMarker(summary) {
  return summary?.replace(MARKER, "");
}
function moveOf(summary) {
  const match = summary === void 0 ? null : MARKER.exec(summary);
  return match?.[1] === void 0 ? void 0 : decodeURIComponent(match[1]);
}
function permissionHint(error) {
  const status = statusOf(error);
  const limit = rateLimitOf(error);
  if (limit !== void 0)
    return `GitHub's ${limit} rate limit, not a permission: the next webhook or reconcile reports again once it has passed`;
  if (status === 403) return "the app needs Checks: write, Commit statuses: write and Deployments: write";
  if (status === 404) return "the repository or commit is missing, or the app is not installed on it";
  if (status === 422) return "GitHub rejected the content; see the error message";
  return void 0;
}

// src/adapters/memory/memory-fleet-inventory.ts
var MEMORY_SCOPES_LIMIT = 1e3;
var MemoryFleetInventory = class {
  constructor(limit = DEFAULT_INVENTORY_LIMIT) {
    this.limit = limit;
  }
  limit;
  inventories = /* @__PURE__ */ new Map();
  read(scope) {
    return Promise.resolve(this.inventories.get(keyOf(scope))?.instances ?? /* @__PURE__ */ new Map());
  }
  get(scope, id) {
    return Promise.resolve(this.inventories.get(keyOf(scope))?.instances.get(id));
  }
  put(scope, instances) {
    const key = keyOf(scope);
    let entry = this.inventories.get(key);
    if (entry === void 0) {
      if (this.inventories.size >= MEMORY_SCOPES_LIMIT) return Promise.resolve({ ok: false, reason: "inventory-full" });
      entry = { scope: { repository: scope.repository, deployment: scope.deployment }, instances: /* @__PURE__ */ new Map() };
      this.inventories.set(key, entry);
    }
    const map = entry.instances;
    const added = instances.filter((i) => !map.has(i.id)).length;
    if (added > 0 && map.size + added > this.limit) return Promise.resolve({ ok: false, reason: "inventory-full" });
    for (const instance of instances) map.set(instance.id, instance);
    return Promise.resolve({ ok: true });
  }
  expire(scope, before) {
    const map = this.inventories.get(keyOf(scope))?.instances;
    if (map === void 0) return Promise.resolve([]);
    const gone = [...map.values()].filter((i) => i.lastSeen < before).map((i) => i.id);
    for (const id of gone) map.delete(id);
    if (map.size === 0) this.inventories.delete(keyOf(scope));
    return Promise.resolve(gone);
  }
  scopes() {
    return Promise.resolve([...this.inventories.values()].map((e) => e.scope));
  }
  close() {
    return Promise.resolve();
  }
};
function keyOf(scope) {
  return `${scope.repository}
${scope.deployment}`;
}

// src/core/fleet-heartbeat.ts
function recordHeartbeat(previous, heartbeat) {
  if (previous !== void 0 && isAppliedReport(previous.lastReport, heartbeat.sequence)) return previous;
  const status = nextInstanceStatus(previous?.status ?? "UNKNOWN", { type: "report", status: heartbeat.status });
  const message = heartbeat.message === null ? previous !== void 0 && previous.status === status ? previous.message : null : heartbeat.message.slice(0, INSTANCE_MESSAGE_LIMIT);
  const record3 = {
    id: heartbeat.id,
    currentVersion: heartbeat.version ?? previous?.currentVersion ?? null,
    status,
    message,
    lastSeen: heartbeat.at
  };
  const lastReport = heartbeat.sequence ?? previous?.lastReport;
  return lastReport === void 0 ? record3 : { ...record3, lastReport };
}
function isAppliedReport(last, sequence) {
  return sequence !== void 0 && last !== void 0 && sequence.boot === last.boot && sequence.number <= last.number;
}
function answerHeartbeat(instance, fleet) {
  return { desiredVersion: desiredVersionOf(instance, fleet), updateNeeded: updateNeeded(instance, fleet) };
}

// src/engine/fleet-commit-message.ts
function fleetCommitMessage(deployment, tick) {
  const rollout = tick.record.state.rollout;
  const version = rollout ? shortVersion(rollout.version) : "";
  const decision = tick.decision;
  const what = (() => {
    switch (decision.kind) {
      case "started":
        return `fleet ${decision.runKind === "rollback" ? "rollback" : "rollout"} of ${version} started (run ${tick.record.runId ?? "?"})`;
      case "batch-advanced":
        return `fleet batch ${decision.batch} of ${version} started (${decision.assigned.length} instances)`;
      case "completed":
        return `fleet rollout of ${version} completed`;
      case "threshold-crossed":
        return `fleet rollout of ${shortVersion(decision.version)} failed: ${decision.failed} failed, threshold ${decision.threshold}`;
      case "rolled-back":
        return `fleet rolled back from ${shortVersion(decision.from)} to ${shortVersion(decision.to)}`;
      default:
        return `fleet ${decision.kind}`;
    }
  })();
  const summary = tick.record.summary;
  const counts = summary ? `${summary.total} instances: ${Object.entries(summary.byUpdate).filter(([, n]) => n > 0).map(([state, n]) => `${n} ${state}`).join(", ")}` : "";
  return [
    `${deployment}: ${what} [skip ci]`,
    "",
    ...counts ? [counts, ""] : [],
    `Ferry-Fleet: ${decision.kind} ${deployment}`,
    ""
  ].join("\n");
}

// src/engine/fleet-service.ts
var RECORD_CACHE_LIMIT = 1e3;
var FleetService = class {
  constructor(options) {
    this.options = options;
    this.log = options.log ?? silentLogger;
  }
  options;
  log;
  /** Fleet records as last read or written: heartbeats are answered from them (at most one tick old). */
  records = /* @__PURE__ */ new Map();
  /** Reads of a record under way, so that requests arriving together share one. */
  reading = /* @__PURE__ */ new Map();
  /** Deployments heard from since their last tick. */
  dirty = /* @__PURE__ */ new Set();
  get repository() {
    return this.options.repository;
  }
  /** Records a registration or heartbeat and answers it. Constant time: the decision waits for the tick. */
  async report(deployment, id, report) {
    const spec = await this.options.catalog.get(deployment);
    if (spec === void 0) return { ok: false, reason: "unknown-deployment" };
    if (spec.fleet === void 0) return { ok: false, reason: "not-a-fleet" };
    const scope = this.scopeOf(deployment);
    const record3 = await this.recordOf(deployment);
    const previous = await this.options.inventory.get(scope, id);
    const instance = recordHeartbeat(previous, {
      id,
      version: report.version ?? null,
      status: report.status ?? "UNKNOWN",
      message: report.message ?? null,
      at: this.options.clock.now(),
      sequence: report.sequence
    });
    if (instance !== previous) {
      const put = await this.options.inventory.put(scope, [instance]);
      if (!put.ok) return { ok: false, reason: put.reason };
      this.dirty.add(deployment);
    }
    const rollout = record3.state.rollout;
    return {
      ok: true,
      ...answerHeartbeat(instance, record3.state),
      status: instance.status,
      rollout: rollout && { version: rollout.version, phase: rollout.phase, batch: rollout.batches }
    };
  }
  /** The deployment's inventory and committed fleet record, for listings. */
  async inventory(deployment) {
    const spec = await this.options.catalog.get(deployment);
    if (spec === void 0) return { ok: false, reason: "unknown-deployment" };
    if (spec.fleet === void 0) return { ok: false, reason: "not-a-fleet" };
    const record3 = await this.recordOf(deployment);
    return { ok: true, spec, record: record3, instances: await this.options.inventory.read(this.scopeOf(deployment)) };
  }
  /** Ticks every deployment heard from since its last tick (and those named), once each. */
  async tickAll(also = []) {
    const deployments = /* @__PURE__ */ new Set([...this.dirty, ...also]);
    this.dirty.clear();
    for (const deployment of deployments) {
      try {
        await this.tick(deployment);
      } catch (error) {
        this.dirty.add(deployment);
        this.log.error({ err: error, deployment }, "fleet tick failed");
      }
    }
  }
  /**
   * Decides one deployment once. A deployment-level change is committed with compare-and-swap (a
   * lost race re-reads and decides again, so two replicas write one commit); the rollout's end is
   * submitted as its stage's result with an id that makes a repeat a duplicate.
   */
  async tick(deployment) {
    const { store, inventory, clock } = this.options;
    const spec = await this.options.catalog.get(deployment);
    if (spec?.fleet === void 0) return void 0;
    const scope = this.scopeOf(deployment);
    const now = clock.now();
    await inventory.expire(scope, new Date(Date.parse(now) - (this.options.expireAfterMs ?? 9e4)).toISOString());
    const attempts = this.options.maxWriteAttempts ?? 8;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const snapshot = await store.read([deployment], { fresh: attempt > 1 });
      const read = snapshot.deployments.get(deployment);
      if (read?.kind !== "ok") return void 0;
      const instances = await inventory.read(scope);
      const tick = tickFleet(instances, read.state.fleet, read.state, spec.fleet, now);
      this.remember(deployment, tick.record);
      if (tick.changed) {
        const next = { ...read.state, fleet: tick.record, updatedAt: now };
        const view = {
          deployment,
          lifecycle: spec.lifecycle,
          environment: spec.environment,
          state: next,
          transitions: [],
          basis: "written",
          previous: read.state
        };
        const files = this.options.reporter.files?.([view]);
        const message = fleetCommitMessage(deployment, tick);
        const commit = { expectedHead: snapshot.head, states: [next], message };
        const written = await store.write(files ? { ...commit, files } : commit);
        if (!written.ok) {
          this.log.info({ deployment, attempt }, "state branch moved; deciding the fleet again");
          continue;
        }
        if (tick.resets.length > 0) await inventory.put(scope, tick.resets);
        await this.options.reporter.report([view]).catch((error) => {
          this.log.error({ err: error, deployment }, "reporting the fleet failed; the next change reports again");
        });
      }
      if (tick.outcome !== null) await this.submitOutcome(deployment, tick.outcome, now);
      return tick;
    }
    this.log.warn({ deployment }, `the state branch kept moving: fleet decision left to the next tick`);
    this.dirty.add(deployment);
    return void 0;
  }
  async submitOutcome(deployment, outcome, at) {
    const { target } = outcome;
    const event = {
      deployment,
      event: {
        type: outcome.type,
        id: `fleet:${deployment}:${target.runId}:${target.attempt}:${outcome.type}`,
        at,
        actor: "ferry",
        cause: "runner",
        stage: { runId: target.runId, attempt: target.attempt, stage: FLEET_STAGE, message: outcome.message }
      }
    };
    await this.options.engine.submit([event]);
  }
  /** The committed fleet record, as last read or written (tokens carry its generation). */
  async recordOf(deployment) {
    const known = this.records.get(deployment);
    if (known !== void 0) return known;
    let reading = this.reading.get(deployment);
    if (reading === void 0) {
      reading = this.readRecord(deployment).finally(() => this.reading.delete(deployment));
      this.reading.set(deployment, reading);
    }
    return reading;
  }
  async readRecord(deployment) {
    const read = (await this.options.store.read([deployment])).deployments.get(deployment);
    const decided = this.records.get(deployment);
    if (decided !== void 0) return decided;
    const record3 = read?.kind === "ok" ? read.state.fleet ?? INITIAL_FLEET_RECORD : INITIAL_FLEET_RECORD;
    this.remember(deployment, record3);
    return record3;
  }
  remember(deployment, record3) {
    this.records.delete(deployment);
    this.records.set(deployment, record3);
    if (this.records.size > RECORD_CACHE_LIMIT) this.records.delete(this.records.keys().next().value);
  }
  scopeOf(deployment) {
    return { repository: this.options.repository, deployment };
  }
};

// src/app/fleet/fleet-token.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
var FLEET_TOKEN_PREFIX = "ferry_fleet_v1";
function checkFleetToken(key, token) {
  if (token.length > 1024) return { ok: false, reason: "malformed" };
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== FLEET_TOKEN_PREFIX) return { ok: false, reason: "malformed" };
  const text2 = Buffer.from(parts[1] ?? "", "base64url").toString();
  const given = Buffer.from(parts[2] ?? "", "base64url");
  const expected = mac(key, text2);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad-mac" };
  const match = /^(.+)\/([a-z0-9][a-z0-9-]{0,62})\/([1-9][0-9]{0,8})$/.exec(text2);
  if (!match) return { ok: false, reason: "malformed" };
  return { ok: true, scope: { repository: match[1] ?? "", deployment: match[2] ?? "", generation: Number(match[3]) } };
}
function mac(key, text2) {
  return createHmac("sha256", key).update(text2).digest();
}
function fleetSecretFromEnv(env = process.env) {
  const secret = env["FERRY_FLEET_SECRET"];
  if (secret === void 0 || secret.length < 32) return void 0;
  return Buffer.from(secret);
}

// src/app/fleet/fleet-http.ts
var FLEET_BODY_LIMIT = 4096;
var FLEET_API_PREFIX = "/ferry/v1/";
var INSTANCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
var DEPLOYMENT = /^[a-z0-9][a-z0-9-]{0,62}$/;
function fleetHttpHandler(options) {
  return async (req, res) => {
    const url = req.url ?? "";
    if (!url.startsWith(FLEET_API_PREFIX)) return false;
    const route = routeOf(req.method ?? "", url.split("?")[0] ?? "");
    if (route === void 0) return send(res, 404, { error: "not-found" });
    if (typeof route === "string") return send(res, 405, { error: "method-not-allowed" }, { allow: route });
    const key = await options.key();
    if (key === void 0) return send(res, 503, { error: "fleet-api-off", detail: "no fleet secret configured" });
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    const checked = bearer === void 0 ? void 0 : checkFleetToken(key, bearer);
    if (!checked?.ok || checked.scope.deployment !== route.deployment) return unauthorized(res);
    const service = await options.serviceFor(checked.scope.repository);
    if (service === void 0) return unauthorized(res);
    const record3 = await service.recordOf(route.deployment);
    if (record3.generation !== checked.scope.generation) return unauthorized(res);
    if (route.kind === "list") {
      const listed = await service.inventory(route.deployment);
      if (!listed.ok) return refused(res, listed.reason);
      const { record: fleet, instances, spec } = listed;
      const degraded = spec.fleet?.degraded ?? "block";
      const counts = countFleet(instances, fleet.state, degraded);
      const rollout = fleet.state.rollout;
      return send(res, 200, {
        deployment: route.deployment,
        rollout: rollout && {
          version: rollout.version,
          kind: rollout.kind,
          phase: rollout.phase,
          batch: rollout.batches
        },
        counts: { total: counts.total, byStatus: counts.byStatus, byUpdate: counts.byUpdate },
        instances: [...instances.values()].sort((a, b) => compareInstanceIds(a.id, b.id)).map((i) => ({
          ...i,
          desiredVersion: desiredVersionOf(i, fleet.state),
          update: instanceUpdateState(i, fleet.state, degraded)
        }))
      });
    }
    const body = await readBody(req);
    if (body === "too-large") return send(res, 413, { error: "body-too-large", limit: FLEET_BODY_LIMIT });
    let value;
    try {
      value = body.length === 0 ? {} : JSON.parse(body.toString("utf8"));
    } catch {
      return send(res, 400, { error: "not-json" });
    }
    const schema = route.kind === "register" ? "fleet-registration" : "fleet-heartbeat";
    const problems = validateAgainst(schema, value);
    if (problems.length > 0)
      return send(res, 400, {
        error: "invalid-body",
        problems: problems.map(({ path, message }) => ({ path, message }))
      });
    const answer = await service.report(route.deployment, route.id, value);
    if (!answer.ok) return refused(res, answer.reason);
    const { ok: _, ...reply } = answer;
    return send(res, route.kind === "register" ? 201 : 200, reply);
  };
}
function routeOf(method, path) {
  const parts = path.slice(FLEET_API_PREFIX.length).split("/").map(decodeSegment);
  const [top, deployment, instances, id, heartbeat, ...rest] = parts;
  if (top !== "deployments" || deployment === void 0 || !DEPLOYMENT.test(deployment)) return void 0;
  if (instances !== "instances" || rest.length > 0) return void 0;
  if (id === void 0 || id === "") return method === "GET" ? { kind: "list", deployment } : "GET";
  if (!INSTANCE_ID.test(id)) return void 0;
  if (heartbeat === void 0) return method === "POST" ? { kind: "register", deployment, id } : "POST";
  if (heartbeat !== "heartbeat") return void 0;
  return method === "PUT" ? { kind: "heartbeat", deployment, id } : "PUT";
}
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "\0";
  }
}
function readBody(req) {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > FLEET_BODY_LIMIT) {
    req.resume();
    return Promise.resolve("too-large");
  }
  return new Promise((resolve, reject2) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= FLEET_BODY_LIMIT) return void chunks.push(chunk);
      req.off("data", onData);
      req.resume();
      resolve("too-large");
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject2);
    req.once("close", () => reject2(new Error("the request closed before its body was read")));
  });
}
var REFUSAL_STATUS = {
  "unknown-deployment": 404,
  "not-a-fleet": 409,
  "inventory-full": 507
};
function refused(res, reason) {
  return send(res, REFUSAL_STATUS[reason], { error: reason });
}
function unauthorized(res) {
  return send(res, 401, { error: "unauthorized" }, { "www-authenticate": 'Bearer realm="ferry fleet"' });
}
function send(res, status, body, headers = {}) {
  const text2 = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text2),
    "cache-control": "no-store",
    ...headers
  });
  res.end(text2);
  return true;
}

// src/app/fleet/app-fleets.ts
var SERVICES_LIMIT = 1e3;
var AppFleets = class {
  constructor(options) {
    this.options = options;
  }
  options;
  services = /* @__PURE__ */ new Map();
  inventory;
  handler = () => fleetHttpHandler({
    key: () => Promise.resolve(this.options.key),
    serviceFor: (repository) => this.serviceFor(repository)
  });
  /** Decides every fleet heard from since the last tick. */
  async tickAll() {
    const settled3 = await Promise.allSettled(this.services.values());
    for (const s of settled3) if (s.status === "fulfilled" && s.value) await s.value.tickAll();
  }
  async close() {
    if (this.inventory) await (await this.inventory).close();
  }
  serviceFor(repository) {
    const key = repository.toLowerCase();
    let service = this.services.get(key);
    if (!service) {
      service = this.build(repository);
      service.then(
        (s) => s ?? this.services.delete(key),
        () => this.services.delete(key)
      );
      this.services.set(key, service);
      if (this.services.size > SERVICES_LIMIT) this.services.delete(this.services.keys().next().value);
    }
    return service;
  }
  async build(repository) {
    const worker = await this.workerOf(repository);
    if (!worker) return void 0;
    this.inventory ??= this.options.inventory().then((shared) => shared ?? new MemoryFleetInventory());
    return new FleetService({
      repository: worker.fullName,
      store: worker.store,
      catalog: worker.catalog,
      reporter: new GitHubReporter(worker.client, worker.ref, this.options.log),
      engine: worker.engine,
      inventory: await this.inventory,
      clock: this.options.clock,
      log: this.options.log
    });
  }
  /** The repository's worker: one this replica has, or one built from the App's installation on it. */
  async workerOf(repository) {
    const known = (await this.options.workers.all()).find((w) => w.fullName.toLowerCase() === repository.toLowerCase());
    if (known) return known;
    const [owner, repo, ...rest] = repository.split("/");
    if (!owner || !repo || rest.length > 0) return void 0;
    try {
      const installation = await repositoryInstallation(await this.options.app.auth(), {
        owner,
        repo
      });
      const client = await this.options.app.auth(installation);
      const defaultBranch = await defaultBranchOf(client, { owner, repo });
      return await this.options.workers.get(installation, { owner, repo }, defaultBranch);
    } catch (error) {
      this.options.log.warn({ err: error, repository }, "fleet request for a repository the App is not installed on");
      return void 0;
    }
  }
};

// src/app/fleet/fleet-inventory-from-env.ts
async function fleetInventoryFromEnv(env = process.env) {
  const url = env["REDIS_URL"];
  if (url === void 0 || url === "") return void 0;
  const [{ Redis }, { RedisFleetInventory }] = await Promise.all([
    import("./built-ENZG77V6.js"),
    import("./redis-fleet-inventory-ZIMJQIIW.js")
  ]);
  return new RedisFleetInventory(new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 }));
}

// src/adapters/github/workflow-facts.ts
function workflowRunFactsOf(payload, deliveryId) {
  const body = record(payload, "payload", deliveryId);
  const run = record(body["workflow_run"], "workflow_run", deliveryId);
  return {
    kind: "run",
    action: text(body["action"], "action", deliveryId),
    status: typeof run["status"] === "string" ? run["status"] : "",
    id: positiveInteger(run["id"], "workflow_run.id", deliveryId),
    attempt: attemptOf(run["run_attempt"], "workflow_run.run_attempt", deliveryId),
    conclusion: run["conclusion"] === null || run["conclusion"] === void 0 ? null : text(run["conclusion"], "workflow_run.conclusion", deliveryId),
    url: text(run["html_url"], "workflow_run.html_url", deliveryId),
    at: timeOf([run["updated_at"], run["run_started_at"], run["created_at"]], "workflow_run.updated_at", deliveryId),
    actor: actorOf(body),
    title: typeof run["display_title"] === "string" ? run["display_title"] : void 0,
    startedBy: runStarter(run),
    path: typeof run["path"] === "string" && run["path"] !== "" ? run["path"] : void 0
  };
}
function workflowJobFactsOf(payload, deliveryId) {
  const body = record(payload, "payload", deliveryId);
  const job = record(body["workflow_job"], "workflow_job", deliveryId);
  return {
    kind: "job",
    action: text(body["action"], "action", deliveryId),
    status: typeof job["status"] === "string" ? job["status"] : "",
    id: positiveInteger(job["id"], "workflow_job.id", deliveryId),
    runId: positiveInteger(job["run_id"], "workflow_job.run_id", deliveryId),
    attempt: attemptOf(job["run_attempt"], "workflow_job.run_attempt", deliveryId),
    url: text(job["html_url"], "workflow_job.html_url", deliveryId),
    at: timeOf([job["started_at"], job["created_at"]], "workflow_job.started_at", deliveryId),
    actor: actorOf(body)
  };
}

// src/adapters/github/workflow-run-reader.ts
async function readOverdueStage(client, ref, stage, runs) {
  const run = stage.workflowRunId === void 0 ? await runTitled(client, ref, stage, runs) : await readRun(client, ref, stage.workflowRunId);
  if (!run) return [];
  const delivery = `reconcile:run:${run.id}`;
  const sender = { login: run.triggering_actor?.login ?? run.actor?.login ?? "github-actions" };
  const locate = (id) => id === String(run.id) ? stage : void 0;
  if (run.status !== "completed") return [];
  const facts = workflowRunFactsOf({ action: "completed", workflow_run: run, sender }, delivery);
  return stageEventsFromWorkflow(facts, locate, runs.dispatcher);
}
function readRun(client, ref, runId) {
  return client.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", {
    ...ref,
    run_id: runId
  }).then((a) => a.data);
}
async function stageRunsTitled(client, ref, workflow, stage) {
  const title = stageRunName(stage);
  const answer = await client.request(
    "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
    {
      ...ref,
      workflow_id: workflow,
      event: "workflow_dispatch",
      per_page: 100
    }
  );
  return answer.data.workflow_runs.filter((run) => run.display_title === title);
}
async function runTitled(client, ref, stage, runs) {
  return (await stageRunsTitled(client, ref, runs.workflow, stage)).find(
    (run) => trustedStageName(run.display_title, run.triggering_actor?.login ?? run.actor?.login, runs.dispatcher) !== void 0
  );
}

// src/adapters/github/actions-runner.ts
var FERRY_STAGE_WORKFLOW = "ferry-stage.yml";
var STAGE_INPUTS = ["deployment", "stage", "version", "run_id", "attempt", "environment", "runs_on"];
var PERMISSION_HINT = " (the app or token needs the `actions: write` permission on this repository)";
var ActionsRunner = class {
  constructor(client, ref, options = {}) {
    this.client = client;
    this.ref = ref;
    this.workflow = options.workflow ?? FERRY_STAGE_WORKFLOW;
    this.log = options.log ?? silentLogger;
    if (typeof options.dispatchRef === "function") this.currentRef = options.dispatchRef;
    else if (options.dispatchRef !== void 0) this.dispatchRef = Promise.resolve(options.dispatchRef);
  }
  client;
  ref;
  workflow;
  log;
  dispatchRef;
  currentRef;
  async start(request) {
    const { owner, repo } = this.ref;
    let branch;
    try {
      branch = await this.branch();
    } catch (error) {
      return {
        ok: false,
        message: `could not find the default branch of ${owner}/${repo} to dispatch ${this.workflow} from: ${messageOf(error)}`
      };
    }
    const inputs = {
      deployment: request.deployment,
      stage: request.stage,
      version: request.version,
      run_id: String(request.runId),
      attempt: String(request.attempt),
      environment: request.environment,
      runs_on: JSON.stringify(request.runsOn)
    };
    try {
      const answer = await this.client.request(
        "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches",
        {
          owner,
          repo,
          workflow_id: this.workflow,
          ref: branch,
          inputs,
          return_run_details: true
        }
      );
      const details = answer.data;
      if (answer.status !== 200 || typeof details?.workflow_run_id !== "number") {
        return {
          ok: false,
          message: `GitHub dispatched ${this.workflow} on ${branch} but returned no run id (status ${answer.status}); ferry needs \`return_run_details\`, available on github.com and recent GitHub Enterprise Server`
        };
      }
      const url = details.html_url ?? details.run_url;
      this.log.info(
        {
          deployment: request.deployment,
          stage: request.stage,
          environment: request.environment,
          workflowRunId: details.workflow_run_id
        },
        `dispatched ${this.workflow}`
      );
      return { ok: true, externalId: String(details.workflow_run_id), ...url ? { url } : {} };
    } catch (error) {
      const message = this.explain(error, branch);
      if (message === void 0)
        throw new GitHubAdapterError(`could not dispatch ${this.workflow}: ${messageOf(error)}${exhausted(error)}`, {
          cause: error
        });
      return { ok: false, message };
    }
  }
  /**
   * Cancels the stage's workflow run: the one its record names, else the unfinished runs of the
   * workflow whose title names this stage attempt (a stage records its run id only with its result
   * or a wait for reviewers, so a running one is found by its title).
   */
  async cancel(request) {
    const ids = request.externalId !== void 0 && /^\d+$/.test(request.externalId) ? [Number(request.externalId)] : await this.runsNamed(request);
    for (const id of ids) await this.cancelRun(id);
  }
  async runsNamed(request) {
    try {
      const runs = await stageRunsTitled(this.client, this.ref, this.workflow, request);
      return runs.filter((run) => run.status !== "completed").map((run) => Number(run.id));
    } catch (error) {
      throw new GitHubAdapterError(
        `could not list the runs of ${this.workflow} to cancel "${stageRunName(request)}": ${messageOf(error)}`,
        { cause: error }
      );
    }
  }
  async cancelRun(id) {
    const { owner, repo } = this.ref;
    try {
      await this.client.request(
        "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel",
        { owner, repo, run_id: id }
      );
    } catch (error) {
      if (statusOf(error) === 409) return;
      throw new GitHubAdapterError(
        `could not cancel workflow run ${id}: ${messageOf(error)}${isPermissionRefusal(error) ? PERMISSION_HINT : rateLimitNote(error)}`,
        { cause: error }
      );
    }
  }
  branch() {
    if (this.currentRef) return Promise.resolve(this.currentRef());
    this.dispatchRef ??= this.client.request("GET /repos/{owner}/{repo}", { owner: this.ref.owner, repo: this.ref.repo }).then(
      (answer) => answer.data.default_branch,
      (error) => {
        this.dispatchRef = void 0;
        throw error;
      }
    );
    return this.dispatchRef;
  }
  /** What a person should do about an answer a correct setup does not get; undefined for the unexpected. */
  explain(error, branch) {
    const file = `.github/workflows/${this.workflow}`;
    if (rateLimitOf(error) !== void 0) return void 0;
    switch (statusOf(error)) {
      case 404:
        return `${file} was not found on ${branch} of ${this.ref.owner}/${this.ref.repo}: add the ferry stage workflow there (\`ferry init\` writes it) and merge it to ${branch}`;
      case 422:
        return `GitHub refused to dispatch ${file} on ${branch}: ${messageOf(error)}. The workflow must have an \`on: workflow_dispatch\` trigger declaring the string inputs ${STAGE_INPUTS.join(", ")} and no other required inputs (\`ferry init\` writes it; a workflow written by an older ferry lacks environment and runs_on)`;
      case 401:
      case 403:
        return `GitHub refused to dispatch ${file}: ${messageOf(error)}${PERMISSION_HINT}`;
      default:
        return void 0;
    }
  }
};
function exhausted(error) {
  if (rateLimitOf(error) !== void 0) return rateLimitNote(error);
  const status = statusOf(error);
  if (status === void 0 || status < 500 && status !== 429) return "";
  const retries = retriesOf(error);
  return retries > 0 ? ` (GitHub answered ${status} to ${retries + 1} attempts: the retries are exhausted)` : ` (GitHub answered ${status}; this client does not retry)`;
}
function messageOf(error) {
  const data = error.response?.data;
  if (typeof data?.message === "string") return data.message;
  return error instanceof Error ? error.message : String(error);
}

// src/manifest/state-migrations.ts
var STATE_MIGRATIONS = /* @__PURE__ */ new Map();
var StateMigrationError = class extends Error {
  name = "StateMigrationError";
};
function migrateState(record3, options = {}) {
  const current = options.current ?? STATE_SCHEMA_VERSION;
  const migrations = options.migrations ?? STATE_MIGRATIONS;
  const from = record3.schemaVersion;
  if (typeof from !== "number" || !Number.isInteger(from) || from < 0) {
    return {
      ok: false,
      reason: "unsupported-version",
      detail: `schemaVersion must be a whole number, not ${JSON.stringify(from) ?? "missing"}`
    };
  }
  if (from > current) {
    return {
      ok: false,
      reason: "future-version",
      detail: `schemaVersion ${from} was written by a newer ferry; this one reads up to ${current}`
    };
  }
  let migrated = { ...record3 };
  for (let version = from; version < current; version++) {
    const migration = migrations.get(version);
    if (!migration)
      return {
        ok: false,
        reason: "unsupported-version",
        detail: `schemaVersion ${from} is not supported: no migration from version ${version}`
      };
    migrated = migration.migrate(migrated);
    if (migrated.schemaVersion !== version + 1) {
      throw new StateMigrationError(
        `migration from state version ${version} returned schemaVersion ${JSON.stringify(migrated.schemaVersion)}, not ${version + 1}`
      );
    }
  }
  return { ok: true, record: migrated, from };
}

// src/manifest/parse-state-file.ts
function parseStateFile(text2, deployment, options = {}) {
  const bounds = checkJsonBounds(text2, INPUT_LIMITS["state-file"]);
  if (!bounds.ok)
    return { kind: "corrupt", reason: "over-limits", detail: `${bounds.message} (at offset ${bounds.offset})` };
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    return { kind: "corrupt", reason: "not-json", detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { kind: "corrupt", reason: "schema", detail: "a state file holds one JSON object", path: "" };
  }
  const migrated = migrateState(value, options);
  if (!migrated.ok) {
    return {
      kind: "corrupt",
      reason: migrated.reason === "future-version" ? "future-version" : "schema",
      detail: migrated.detail,
      path: "/schemaVersion"
    };
  }
  const problems = validateAgainst("state", migrated.record);
  const first = problems[0];
  if (first) {
    return {
      kind: "corrupt",
      reason: "schema",
      detail: problems.map((p) => `${p.path || "/"}: ${p.message}`).join("; "),
      path: first.path
    };
  }
  const state = migrated.record;
  if (state.deployment !== deployment) {
    return {
      kind: "corrupt",
      reason: "wrong-deployment",
      detail: `the file is about deployment ${JSON.stringify(state.deployment)}, not ${JSON.stringify(deployment)}`,
      path: "/deployment"
    };
  }
  return {
    kind: "ok",
    state,
    ...migrated.from === migrated.record.schemaVersion ? {} : { migratedFrom: migrated.from }
  };
}

// src/adapters/state-branch-readme.ts
function stateBranchReadme() {
  return `# ferry/state

This branch is written by [ferry](https://github.com/) and holds the state of every deployment
in this repository, one file per deployment: \`deployments/<name>.json\`.

- It is the source of truth: check runs, commit statuses and deployment statuses are drawn from it.
- Its git history is the audit log: every state change is one commit whose message says what
  changed, with \`Ferry-Event\`, \`Ferry-Delivery\` and \`Ferry-Actor\` trailers.
- ferry writes it with compare-and-swap on the branch head, so it is safe with several writers.

Do not merge this branch into anything. If a file here is corrupt, ferry refuses to overwrite it
and blocks that deployment until a person fixes or deletes the file.
`;
}

// src/adapters/github/state-file-history.ts
var HISTORY_QUERY = `query ferryStateHistory($owner: String!, $name: String!, $ref: String!, $path: String!, $first: Int!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target { ... on Commit { history(first: $first, path: $path) { nodes { oid committedDate message } } } }
    }
  }
}`;
async function stateFileHistory(client, ref, deployment, limit) {
  const answer = await client.graphql(HISTORY_QUERY, {
    owner: ref.owner,
    name: ref.repo,
    ref: `refs/heads/${STATE_BRANCH}`,
    path: stateFilePath(deployment),
    first: limit
  });
  const nodes = answer.repository?.ref?.target.history?.nodes ?? [];
  return nodes.map((n) => ({
    sha: n.oid,
    at: n.committedDate,
    subject: n.message.split("\n")[0] ?? "",
    trailers: trailers(n.message)
  }));
}
function trailers(message) {
  const out = {};
  for (const line of message.trim().split("\n\n").at(-1)?.split("\n") ?? []) {
    const [, key, value] = /^([A-Za-z][A-Za-z0-9-]*): (.*)$/.exec(line) ?? [];
    if (key !== void 0 && value !== void 0) (out[key] ??= []).push(value);
  }
  return out;
}

// src/adapters/github/github-state-store.ts
var QUALIFIED = `refs/heads/${STATE_BRANCH}`;
var EXTRA_DIR = "sync";
var READ_QUERY = `query ferryReadState($owner: String!, $name: String!, $ref: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        oid
        ... on Commit {
          tree {
            entries {
              name
              type
              object {
                ... on Tree { entries { name object { ... on Blob { text isTruncated } } } }
              }
            }
          }
        }
      }
    }
  }
}`;
var WRITE_MUTATION = `mutation ferryWriteState($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;
var GitHubStateStore = class {
  constructor(client, ref) {
    this.client = client;
    this.ref = ref;
  }
  client;
  ref;
  /**
   * What the branch held when last read or written; `head: null` remembers that it did not exist.
   * `files` are state file texts by deployment; `extras` the other files read with them (`sync/*.json`), by path.
   */
  cache;
  /** The task under way (see {@link beginTask}), or undefined between tasks. */
  task;
  tasks = 0;
  /** The task in which {@link cache} was last read from GitHub or written to it by this store. */
  cacheTask;
  /**
   * Starts one unit of work (one webhook's task): until {@link endTask}, a `fresh` read asks GitHub
   * once and then answers from that answer and this store's own compare-and-swap writes, so the
   * reads of one webhook cost one request. Each task still sees the branch as it is when it starts;
   * a write from a memory another replica made stale fails its swap and reads again.
   */
  beginTask() {
    this.task = ++this.tasks;
  }
  /** Ends the task: the next `fresh` read, in a task or not, asks GitHub again. */
  endTask() {
    this.task = void 0;
  }
  /** Whether memory may answer a `fresh` read: it was read or written in the task under way. */
  freshInTask() {
    return this.cache !== void 0 && this.task !== void 0 && this.cacheTask === this.task;
  }
  async read(deployments, options = {}) {
    const cached = this.cache !== void 0 && (!options.fresh || this.freshInTask());
    if (!cached) await this.fetch();
    const files = this.cache?.files ?? /* @__PURE__ */ new Map();
    const out = /* @__PURE__ */ new Map();
    for (const name of deployments) {
      const text2 = files.get(name);
      if (text2 === void 0) out.set(name, { kind: "absent" });
      else {
        const parsed = parseStateFile(text2, name);
        out.set(
          name,
          parsed.kind === "ok" ? { kind: "ok", state: parsed.state } : { kind: "corrupt", reason: parsed.reason, detail: parsed.detail }
        );
      }
    }
    return { head: this.cache?.head ?? null, deployments: out, cached };
  }
  /**
   * A file outside `deployments/` that the read query brings along (the sync cursors in `sync/`),
   * with the head it was read at; `fresh` asks GitHub instead of this replica's memory.
   */
  async file(path, options = {}) {
    if (options.fresh && !this.freshInTask() || this.cache === void 0) await this.fetch();
    const text2 = this.cache?.extras.get(path);
    return { head: this.cache?.head ?? null, ...text2 === void 0 ? {} : { text: text2 } };
  }
  /** Every file of `sync/` by path, as last read (`fresh` reads again). */
  async syncFiles(options = {}) {
    if (options.fresh && !this.freshInTask() || this.cache === void 0) await this.fetch();
    return new Map(this.cache?.extras ?? []);
  }
  /** The deployments with a state file, as GitHub has them (within a task: as read or written in it). */
  async list() {
    if (!this.freshInTask()) await this.fetch();
    return { head: this.cache?.head ?? null, deployments: [...this.cache?.files.keys() ?? []].sort() };
  }
  async write(commit) {
    let expected = commit.expectedHead;
    if (expected === null) {
      const created = await this.createBranch();
      if (!created.ok) return created;
      expected = created.head;
    }
    const additions = [];
    const written = /* @__PURE__ */ new Map();
    for (const state of commit.states) {
      const text2 = serialise(state);
      written.set(state.deployment, text2);
      additions.push({ path: stateFilePath(state.deployment), contents: Buffer.from(text2).toString("base64") });
    }
    for (const [path, text2] of Object.entries(commit.files ?? {}))
      additions.push({ path, contents: Buffer.from(text2).toString("base64") });
    const [headline, ...rest] = commit.message.split("\n");
    const body = rest.join("\n").trim();
    try {
      const answer = await this.client.graphql(WRITE_MUTATION, {
        input: {
          branch: { repositoryNameWithOwner: `${this.ref.owner}/${this.ref.repo}`, branchName: STATE_BRANCH },
          expectedHeadOid: expected,
          message: { headline: headline ?? "ferry: record state", ...body ? { body } : {} },
          fileChanges: { additions }
        }
      });
      const head = answer.createCommitOnBranch.commit.oid;
      if (this.cache?.head !== expected) {
        this.cache = void 0;
      } else {
        const files = new Map(this.cache.files);
        const extras = new Map(this.cache.extras);
        for (const [name, text2] of written) files.set(name, text2);
        for (const [path, text2] of Object.entries(commit.files ?? {})) extras.set(path, text2);
        this.cache = { head, files, extras };
        this.cacheTask = this.task;
      }
      return { ok: true, head };
    } catch (error) {
      if (isStale(error)) {
        this.cache = void 0;
        return { ok: false, reason: "conflict", detail: messageOf2(error) };
      }
      throw new GitHubAdapterError(`could not write ${STATE_BRANCH}: ${messageOf2(error)}${hint(error)}`, {
        cause: error
      });
    }
  }
  history(deployment, limit = 50) {
    return stateFileHistory(this.client, this.ref, deployment, limit);
  }
  async fetch() {
    const answer = await this.client.graphql(READ_QUERY, {
      owner: this.ref.owner,
      name: this.ref.repo,
      ref: QUALIFIED
    });
    const target = answer.repository?.ref?.target;
    if (!target) {
      this.cache = { head: null, files: /* @__PURE__ */ new Map(), extras: /* @__PURE__ */ new Map() };
      this.cacheTask = this.task;
      return;
    }
    const files = /* @__PURE__ */ new Map();
    const extras = /* @__PURE__ */ new Map();
    for (const dir of target.tree?.entries ?? []) {
      if (dir.type !== "tree" || dir.name !== "deployments" && dir.name !== EXTRA_DIR) continue;
      for (const entry of dir.object?.entries ?? []) {
        if (!entry.name.endsWith(".json")) continue;
        const blob = entry.object;
        const text2 = blob?.isTruncated ? "" : blob?.text ?? "";
        if (dir.name === "deployments") files.set(entry.name.slice(0, -5), text2);
        else extras.set(`${EXTRA_DIR}/${entry.name}`, text2);
      }
    }
    this.cache = { head: target.oid, files, extras };
    this.cacheTask = this.task;
  }
  /** First use: a root commit with a README, created through the REST git database. */
  async createBranch() {
    const { owner, repo } = this.ref;
    const tree = await this.client.request(
      "POST /repos/{owner}/{repo}/git/trees",
      {
        owner,
        repo,
        tree: [{ path: "README.md", mode: "100644", type: "blob", content: stateBranchReadme() }]
      }
    );
    const commit = await this.client.request(
      "POST /repos/{owner}/{repo}/git/commits",
      {
        owner,
        repo,
        message: "Create the ferry/state branch [skip ci]",
        tree: tree.data.sha,
        parents: []
      }
    );
    try {
      await this.client.request("POST /repos/{owner}/{repo}/git/refs", {
        owner,
        repo,
        ref: QUALIFIED,
        sha: commit.data.sha
      });
    } catch (error) {
      if (statusOf(error) === 422)
        return { ok: false, reason: "conflict", detail: `${STATE_BRANCH} was created by someone else` };
      throw new GitHubAdapterError(`could not create ${STATE_BRANCH}: ${messageOf2(error)}${hint(error)}`, {
        cause: error
      });
    }
    this.cache = { head: commit.data.sha, files: /* @__PURE__ */ new Map(), extras: /* @__PURE__ */ new Map() };
    this.cacheTask = this.task;
    return { ok: true, head: commit.data.sha };
  }
};
function serialise(state) {
  return JSON.stringify(state, null, 2) + "\n";
}
function isStale(error) {
  const errors = error.errors ?? [];
  return errors.some((e) => e.type === "STALE_DATA" || /expected branch to point to/i.test(e.message ?? "")) || /expected branch to point to/i.test(messageOf2(error));
}
function messageOf2(error) {
  return error instanceof Error ? error.message : String(error);
}
function hint(error) {
  const status = statusOf(error);
  if (status === 403 || status === 401) return " (check that the app has Contents: write on this repository)";
  if (status === 404) return " (the repository is missing or the app is not installed on it)";
  return "";
}

// src/adapters/github/pending-approval.ts
async function pendingApproval(client, ref, workflowRunId) {
  let pending;
  try {
    const answer = await client.request(
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments",
      {
        owner: ref.owner,
        repo: ref.repo,
        run_id: workflowRunId
      }
    );
    pending = answer.data;
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw new GitHubAdapterError(
      `could not read the pending deployments of workflow run ${workflowRunId}${statusOf(error) === 403 ? " (the app needs the `deployments: read` permission)" : ""}`,
      { cause: error }
    );
  }
  for (const deployment of pending) {
    const reviewers = deployment.reviewers.flatMap((r) => reviewerName(r, ref.owner));
    const environment = deployment.environment.name;
    if (environment && reviewers.length > 0) return { environment, reviewers };
  }
  return void 0;
}

// src/core/promotion-fact.ts
function promotionFact(promotion, source) {
  if (!source) return { ...promotion, versions: [], source: `${promotion.from} has not deployed anything yet` };
  const versions = /* @__PURE__ */ new Set();
  const { state } = promotion;
  if (state === void 0) {
    for (const good of source.good) versions.add(good.version);
  } else {
    const entered = new Set(source.history.filter((h) => h.to === state && h.runId !== void 0).map((h) => h.runId));
    const run = source.run;
    if (run && (Object.values(source.regions).some((r) => r.state === state) || entered.has(run.id)))
      versions.add(run.version);
    for (const good of source.good) if (entered.has(good.runId)) versions.add(good.version);
  }
  return { ...promotion, versions: [...versions], source: describeSource(promotion.from, source) };
}
function describeSource(name, source) {
  const states = Object.values(source.regions).map((r) => r.state).join("+");
  if (!source.run) return `${name} is in ${states} with no run yet`;
  return `${name} runs ${shortVersion(source.run.version)} in ${states}`;
}

// src/core/runs.ts
function startRun(draft, start) {
  const { event } = draft;
  const at = event.at;
  if (start === "retry") {
    if (!draft.run) throw new Refusal("not-allowed-in-state", "there is no run to retry");
    draft.run = { ...draft.run, attempt: draft.run.attempt + 1 };
    draft.error = null;
    return;
  }
  const id = draft.runSeq + 1;
  endRun(draft, id, start === "rollback");
  if (start === "rollback") {
    const from = draft.run?.version;
    const asked = event.type === "rollback" ? event.to : void 0;
    const target = asked ?? rollbackTarget(draft);
    if (!target) throw new Refusal("no-previous-version", "there is no earlier good version to roll back to");
    if (asked !== void 0 && (asked === from || !draft.good.some((g) => g.version === asked)))
      throw new Refusal("not-a-good-version", `${asked} is not an earlier good version of this deployment`);
    draft.rolledBack = { version: from ?? target, at, runId: id };
    const explicit = event.type === "rollback";
    const cause = explicit ? event.cause : "rollback";
    const actor = explicit ? event.actor : "ferry";
    draft.run = {
      id,
      kind: "rollback",
      cause,
      actor,
      version: target,
      attempt: 1,
      startedAt: at,
      ...from ? { from } : {}
    };
    draft.runSeq = id;
    draft.counters = { failed: 0, completed: 0, inProgress: 0, total: 0 };
    return;
  } else {
    const version = event.type === "deploy" ? event.version : draft.run?.version ?? "";
    if (event.type === "deploy") draft.rolledBack = null;
    const pullRequest = event.type === "deploy" ? event.pullRequest : void 0;
    draft.run = {
      id,
      kind: "deploy",
      cause: event.cause,
      actor: event.actor,
      version,
      attempt: 1,
      startedAt: at,
      ...pullRequest === void 0 ? {} : { pullRequest }
    };
  }
  draft.runSeq = id;
  draft.error = null;
  draft.counters = { failed: 0, completed: 0, inProgress: 0, total: 0 };
}
function rollbackTarget(draft) {
  const current = draft.run?.version;
  return draft.good.find((g) => g.version !== current)?.version;
}
function failureOf(draft, region, from) {
  const { event } = draft;
  const state = from ?? regionOf(draft, region).state;
  const stageEvent2 = "stage" in event ? event.stage : void 0;
  const step = stageEvent2?.stage ?? state;
  const counters = event.type === "stage.progress" ? draft.counters : void 0;
  const message = stageEvent2?.message ?? (counters ? `${counters.failed} of ${counters.total} instances failed (failure threshold ${guardThreshold(draft.context, counters.total)})` : void 0) ?? (event.type === "stage.timed-out" ? `stage ${step} timed out` : `${event.type === "timer" ? `timer ${event.timer.name}` : event.type === "custom" ? event.name : event.type} in ${state}`);
  return { step, message, at: event.at, state, ...draft.run ? { runId: draft.run.id } : {} };
}

// src/core/start-stage.ts
function resolveStage(draft, def) {
  const stage = defined(def.stage, "the stage of a stage state");
  const type = draft.context.type;
  if (def.dispatch === "type" && type && (draft.context.stages === void 0 || `${type}.${stage}` in draft.context.stages))
    return `${type}.${stage}`;
  return stage;
}
function startStage(draft, region, state, def) {
  const stage = resolveStage(draft, def);
  const inManifest = draft.context.stages === void 0 || stage in draft.context.stages;
  if (!draft.run) startRun(draft, "run");
  const run = defined(draft.run, "the run a stage belongs to");
  if (!inManifest) {
    const status = def.optional ? "skipped" : "failed";
    const message = def.optional ? "not in the manifest; skipped" : `stage ${stage} is not defined in the manifest`;
    pushStage(draft, {
      region,
      state,
      stage,
      runId: run.id,
      attempt: run.attempt,
      status,
      startedAt: draft.event.at,
      finishedAt: draft.event.at,
      message
    });
    const key = def.optional ? "stage.succeeded" : "stage.failed";
    if (!def.optional) draft.error = { step: stage, message, at: draft.event.at, state, runId: run.id };
    const handlers = handlersFor(draft, region, key, def);
    const picked = handlers && select(draft, handlers);
    if (picked) takeStarting(draft, region, picked, def.optional ? "stage.skipped" : key);
    return;
  }
  if (draft.hold) {
    draft.hold = {
      ...draft.hold,
      deferred: [...draft.hold.deferred.filter((d) => d.region !== region), { region, state }]
    };
    return;
  }
  dispatchStage(draft, region, state, stage, def, draft.context.stages?.[stage]?.retries ?? 0);
}
function dispatchStage(draft, region, state, stage, def, retriesLeft) {
  const run = defined(draft.run, "the run a stage belongs to");
  const settings = draft.context.stages?.[stage];
  const timeout = settings?.timeoutSeconds ?? (def.timeout === void 0 ? void 0 : parseDuration(def.timeout)) ?? draft.context.defaultStageTimeoutSeconds ?? DEFAULT_STAGE_TIMEOUT_SECONDS;
  const deadline = addSeconds(draft.event.at, timeout);
  pushStage(draft, {
    region,
    state,
    stage,
    runId: run.id,
    attempt: run.attempt,
    status: "dispatching",
    startedAt: draft.event.at,
    deadline,
    retriesLeft
  });
  draft.effects.push({
    type: "runStage",
    region,
    state,
    stage,
    version: run.version,
    runId: run.id,
    attempt: run.attempt,
    deadline
  });
  addTimer(draft, { name: `stage-deadline:${region}`, due: deadline, region, runId: run.id });
}

// src/core/take-transition.ts
var MAX_STEPS = 64;
function takeStarting(draft, region, def, key) {
  if (def.start) startRun(draft, def.start);
  takeTransition(draft, region, def, key);
}
function takeTransition(draft, region, def, key) {
  if (++draft.steps > MAX_STEPS)
    throw new Refusal("always-loop", `more than ${MAX_STEPS} transitions for one event; the lifecycle loops`);
  if (def.error && !draft.error) draft.error = failureOf(draft, region);
  if (def.target === void 0) return;
  const current = regionOf(draft, region);
  const target = def.target === PREVIOUS_TARGET ? current.resting : def.target;
  leave(draft, region);
  enter(draft, region, target, key, current.state);
}
function leave(draft, region) {
  removeTimer(draft, `stage-retry:${region}`);
  const active = activeStage(draft, region, true);
  if (!active) return;
  removeTimer(draft, `stage-deadline:${region}`);
  removeTimer(draft, `stage-approval:${region}`);
  replaceStage(draft, active, { ...active, status: "cancelled", finishedAt: draft.event.at });
  cancelJob(draft, active, draft.event.type === "deploy" ? "superseded" : "left-state");
}
function enter(draft, region, target, key, from) {
  const def = stateDefOf(draft, region, target);
  const resting = RESTING_KINDS.has(def.kind) ? target : regionOf(draft, region).resting;
  draft.regions[region] = { state: target, since: draft.event.at, resting };
  record2(draft, { region, from, to: target, event: key, ...draft.run ? { runId: draft.run.id } : {} });
  if (def.kind === "failed" && !draft.error) draft.error = failureOf(draft, region, from);
  if (def.kind === "final") for (const timer of [...draft.timers]) removeTimer(draft, timer.name);
  if (def.kind === "steady") {
    draft.enteredSteady = true;
    if ((def.report ?? "success") === "success" && key !== "stage.failed" && key !== "stage.timed-out")
      recordGood(draft);
  }
  for (const action of def.entry ?? []) {
    if ("schedule" in action) {
      const seconds = draft.context.timers?.[action.schedule] ?? (action.after === void 0 ? void 0 : parseDuration(action.after));
      if (seconds !== void 0)
        addTimer(draft, { name: action.schedule, due: addSeconds(draft.event.at, seconds), region });
    } else if ("cancel" in action) {
      removeTimer(draft, action.cancel);
    } else {
      draft.raised.push(action.raise);
    }
  }
  if (def.kind === "stage") startStage(draft, region, target, def);
  else followAlways(draft, region, def);
}
function followAlways(draft, region, def) {
  if (!def.always) return;
  const picked = select(draft, def.always);
  if (picked) takeStarting(draft, region, picked, "always");
}
function recordGood(draft) {
  const run = draft.run;
  if (!run || draft.good[0]?.version === run.version) return;
  draft.good = [
    { version: run.version, runId: run.id, at: draft.event.at },
    ...draft.good.filter((g) => g.version !== run.version)
  ];
}

// src/core/route-event.ts
function handlersFor(draft, region, key, def = currentDef(draft, region)) {
  return def.on?.[key] ?? draft.lifecycle.on?.[key];
}
function select(draft, handlers) {
  let context;
  return handlers.find((h) => h.guard === void 0 || evaluateGuard(h.guard, context ??= guardContextOf(draft)));
}
function routeEvent(draft, key, only, fallback) {
  const regions = only === void 0 ? Object.keys(draft.regions) : [only];
  const chosen = [];
  let handled = false;
  for (const region of regions) {
    const handlers = handlersFor(draft, region, key) ?? fallback?.(region);
    if (!handlers) continue;
    handled = true;
    const picked = select(draft, handlers);
    if (picked) chosen.push([region, picked]);
  }
  if (!handled) throw new Refusal("not-allowed-in-state", `${key} is not allowed in ${describeStates(draft)}`);
  if (chosen.length === 0) throw new Refusal("guard-failed", `no guard for ${key} holds in ${describeStates(draft)}`);
  startRunOnce(draft, key, chosen);
  for (const [region, def] of chosen) takeTransition(draft, region, def, key);
  deliverRaised(draft);
}
function startRunOnce(draft, key, chosen) {
  const start = chosen.map(([, def]) => def.start).find((s) => s !== void 0) ?? defaultStart(key);
  if (start) startRun(draft, start);
}
function defaultStart(key) {
  if (key === "deploy") return "run";
  if (key === "rollback") return "rollback";
  if (key === "retry") return "retry";
  return void 0;
}
function describeStates(draft) {
  const entries = Object.entries(draft.regions);
  const [only] = entries;
  if (only && entries.length === 1) return only[1].state;
  return entries.map(([name, r]) => `${name}=${r.state}`).join(", ");
}
function deliverRaised(draft) {
  for (let signal = draft.raised.shift(); signal !== void 0; signal = draft.raised.shift()) {
    for (const region of Object.keys(draft.regions)) {
      const handlers = handlersFor(draft, region, signal);
      const picked = handlers && select(draft, handlers);
      if (picked) takeStarting(draft, region, picked, signal);
    }
  }
}

// src/core/concurrency.ts
function handleTrigger(draft, event) {
  refuseUnpromoted(draft, event.version);
  if (draft.rolledBack?.version === event.version && AUTOMATIC_CAUSES.has(event.cause)) {
    throw new Refusal(
      "version-rolled-back",
      `${shortVersion(event.version)} was rolled back in run ${draft.rolledBack.runId}; deploy it explicitly or push a new commit`
    );
  }
  const busy = isBusy(draft);
  if (!busy && !draft.hold) {
    const dropped = draft.queue.length;
    const coalesced = coalescedIn(draft.queue);
    const runSeq = draft.runSeq;
    routeEvent(draft, "deploy");
    if (dropped > 0) {
      draft.queue = [];
      if (draft.run && draft.runSeq !== runSeq) draft.run = { ...draft.run, coalesced };
      for (const [region, r] of Object.entries(draft.regions)) {
        record2(draft, {
          region,
          from: r.state,
          to: r.state,
          event: "deploy",
          note: `dropped ${dropped} older queued trigger${dropped > 1 ? "s" : ""}`
        });
      }
    }
    return;
  }
  const holder = draft.run ? `run ${draft.run.id} (${shortVersion(draft.run.version)})` : "a run";
  if (draft.run?.version === event.version && busy)
    throw new Refusal("already-queued", `${holder} is already deploying ${shortVersion(event.version)}`);
  if (draft.queue.some((q) => q.version === event.version))
    throw new Refusal("already-queued", `${shortVersion(event.version)} is already queued`);
  const policy = draft.hold ? "queue" : policyNow(draft);
  if (policy === "reject")
    throw new Refusal("rejected-busy", `${holder} holds the deployment in ${describeStates(draft)}`);
  if (policy === "queue") {
    const { queue, dropped } = coalesceQueue([
      ...draft.queue,
      {
        eventId: event.id,
        version: event.version,
        cause: event.cause,
        actor: event.actor,
        at: event.at,
        ...event.pullRequest === void 0 ? {} : { pullRequest: event.pullRequest }
      }
    ]);
    draft.queue = queue;
    const superseded = dropped > 0 ? `; it supersedes ${plural(dropped, "older trigger")}` : "";
    for (const [region, r] of Object.entries(draft.regions)) {
      record2(draft, {
        region,
        from: r.state,
        to: r.state,
        event: "deploy",
        note: `queued ${shortVersion(event.version)} behind ${holder}${superseded}`
      });
    }
    return;
  }
  routeEvent(
    draft,
    "deploy",
    void 0,
    (region) => handlersFor(draft, region, "deploy", stateDefOf(draft, region, regionOf(draft, region).resting))
  );
}
function refuseUnpromoted(draft, version) {
  const promotion = draft.context.promotion;
  if (!promotion || promotion.versions.includes(version)) return;
  const reached = promotion.state === void 0 ? "been deployed successfully" : `reached ${promotion.state}`;
  throw new Refusal(
    "not-promoted",
    `${shortVersion(version)} has not ${reached} in ${promotion.from} (${promotion.source}); it deploys here once it has`
  );
}
function policyNow(draft) {
  for (const region of Object.keys(draft.regions)) {
    const override = currentDef(draft, region).concurrency;
    if (override) return override;
  }
  return draft.lifecycle.concurrency;
}
function handleHold(draft, type) {
  if (modelsEvent(draft.lifecycle, type)) {
    routeEvent(draft, type);
    return;
  }
  if (type === "pause") {
    if (draft.hold) throw new Refusal("already-held", `paused by ${draft.hold.actor} since ${draft.hold.at}`);
    draft.hold = { actor: draft.event.actor, at: draft.event.at, deferred: [] };
    note(draft, "pause", "held: the running stage may finish; no new stage starts until resume");
    return;
  }
  if (!draft.hold) throw new Refusal("not-held", "the deployment is not paused");
  const deferred = draft.hold.deferred;
  draft.hold = null;
  note(draft, "resume", "resumed");
  for (const { region, state } of deferred) {
    if (draft.regions[region]?.state === state) startStage(draft, region, state, stateDefOf(draft, region, state));
  }
  if (Object.keys(draft.regions).some((region) => currentDef(draft, region).kind === "steady"))
    draft.enteredSteady = true;
}
function modelsEvent(lifecycle, key) {
  if (lifecycle.on?.[key]) return true;
  return Object.values(lifecycle.regions).some(
    (region) => Object.values(region.states).some((state) => state.on?.[key] !== void 0)
  );
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function note(draft, event, text2) {
  for (const [region, r] of Object.entries(draft.regions))
    record2(draft, { region, from: r.state, to: r.state, event, note: text2 });
}
function popQueue(draft) {
  for (let next = draft.queue[0]; next && draft.enteredSteady && !draft.hold && !isBusy(draft); next = draft.queue[0]) {
    draft.queue.shift();
    draft.enteredSteady = false;
    const regionsAllow = Object.keys(draft.regions).some(
      (region) => handlersFor(draft, region, "deploy", currentDef(draft, region))
    );
    if (!regionsAllow) return;
    const popped = {
      type: "deploy",
      id: draft.event.id,
      at: draft.event.at,
      actor: next.actor,
      cause: next.cause,
      version: next.version,
      ...next.pullRequest === void 0 ? {} : { pullRequest: next.pullRequest }
    };
    const saved = draft.event;
    draft.event = popped;
    try {
      if (draft.rolledBack?.version === next.version && AUTOMATIC_CAUSES.has(next.cause)) continue;
      refuseUnpromoted(draft, next.version);
      const runSeq = draft.runSeq;
      routeEvent(draft, "deploy");
      if (next.coalesced && draft.run && draft.runSeq !== runSeq)
        draft.run = { ...draft.run, coalesced: next.coalesced };
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
    } finally {
      draft.event = saved;
    }
  }
}

// src/core/stage-attempt.ts
var APPROVAL_TIMER = "stage-approval";
function reportedAttempt(draft, report) {
  for (const region of Object.keys(draft.regions)) {
    const active = activeStage(draft, region);
    if (!active || active.stage !== report.stage) continue;
    if (report.runId !== active.runId || report.attempt !== active.attempt) {
      throw new Refusal(
        "stale-attempt",
        `result for run ${report.runId} attempt ${report.attempt}; stage ${report.stage} is at run ${active.runId} attempt ${active.attempt}`
      );
    }
    return [region, active];
  }
  throw new Refusal("stale-stage", `stage ${report.stage} is not running now`);
}
function finishAttempt(draft, region, active, patch) {
  removeTimer(draft, `stage-deadline:${region}`);
  removeTimer(draft, `${APPROVAL_TIMER}:${region}`);
  replaceStage(draft, active, { ...active, ...patch, finishedAt: draft.event.at });
}
function failAttempt(draft, region, active, outcome, message, patch, retry2 = true) {
  const retriesLeft = retry2 ? active.retriesLeft ?? 0 : 0;
  const status = outcome === "stage.failed" ? "failed" : "timed-out";
  finishAttempt(draft, region, active, { ...patch, status, message });
  if (retriesLeft > 0) {
    const settings = draft.context.stages?.[active.stage];
    const used = (settings?.retries ?? retriesLeft) - retriesLeft;
    const first = settings?.backoffSeconds ?? DEFAULT_BACKOFF_SECONDS;
    const backoff = Math.min(first * 2 ** used, Math.max(first, MAX_BACKOFF_SECONDS));
    addTimer(draft, {
      name: `stage-retry:${region}`,
      due: addSeconds(draft.event.at, backoff),
      region,
      runId: active.runId
    });
    return;
  }
  const state = regionOf(draft, region).state;
  draft.error = { step: active.stage, message, at: draft.event.at, state, runId: active.runId };
  const key = outcome === "stage.timed-out" && currentDef(draft, region).on?.["stage.timed-out"] ? "stage.timed-out" : "stage.failed";
  routeEvent(draft, key, region);
}

// src/core/approval-events.ts
function handleApprovalEvent(draft, event) {
  const [region, active] = reportedAttempt(draft, event.stage);
  switch (event.type) {
    case "stage.waiting": {
      const runner = event.stage.externalId ? { externalId: event.stage.externalId } : {};
      wait(draft, region, active, event.approval.environment, event.approval.reviewers, runner);
      return;
    }
    case "stage.approved":
      approve(draft, region, active, event.review.environment, event.review.comment);
      return;
    case "stage.rejected":
      reject(draft, region, active, event.review.environment, event.review.comment);
  }
}
function wait(draft, region, active, environment, reviewers, runner) {
  const current = active.approval;
  if (active.status === "running" || current && current.state !== "waiting")
    throw settled(active, "it is no longer waiting for approval");
  if (current) {
    if (reviewers.length > 0)
      replaceStage(draft, active, { ...active, ...runner, approval: { ...current, reviewers } });
    return;
  }
  const at = draft.event.at;
  removeTimer(draft, `stage-deadline:${region}`);
  const limit = draft.context.stages?.[active.stage]?.approvalTimeoutSeconds;
  if (limit !== void 0)
    addTimer(draft, { name: `${APPROVAL_TIMER}:${region}`, due: addSeconds(at, limit), region, runId: active.runId });
  replaceStage(draft, active, {
    ...active,
    ...runner,
    approval: { environment, reviewers, since: at, state: "waiting" }
  });
  note2(draft, region, active, "stage.waiting", `${active.stage} awaiting approval in ${environment}`);
}
function approve(draft, region, active, environment, comment2) {
  const current = active.approval;
  const implicit = current?.state === "approved" && current.by === void 0;
  if (current && current.state !== "waiting" && !implicit) throw settled(active, `it was ${describe2(current)}`);
  const at = draft.event.at;
  let stage = active;
  if (current?.state === "waiting") stage = resumeDeadline(draft, region, active, current, at);
  const decision = {
    environment,
    reviewers: current?.reviewers ?? [],
    since: current?.since ?? at,
    state: "approved",
    by: draft.event.actor,
    decidedAt: implicit ? current.decidedAt ?? at : at,
    ...comment2 ? { comment: comment2 } : {}
  };
  replaceStage(draft, stage, { ...stage, approval: decision });
  note2(
    draft,
    region,
    active,
    "stage.approved",
    `${active.stage} approved in ${environment}${comment2 ? `: ${comment2}` : ""}`
  );
}
function reject(draft, region, active, environment, comment2) {
  const current = active.approval;
  if (current && current.state !== "waiting") throw settled(active, `it was ${describe2(current)}`);
  const at = draft.event.at;
  const approval = {
    environment,
    reviewers: current?.reviewers ?? [],
    since: current?.since ?? at,
    state: "rejected",
    by: draft.event.actor,
    decidedAt: at,
    ...comment2 ? { comment: comment2 } : {}
  };
  const message = `rejected by @${draft.event.actor}${comment2 ? `: ${comment2}` : ""}`;
  failAttempt(draft, region, active, "stage.failed", message, { approval }, false);
}
function endWaitByStart(draft, region, active) {
  const current = active.approval;
  if (current?.state !== "waiting") return active;
  const at = draft.event.at;
  const resumed = resumeDeadline(draft, region, active, current, at);
  const next = { ...resumed, approval: { ...current, state: "approved", decidedAt: at } };
  replaceStage(draft, resumed, next);
  return next;
}
function expireApproval(draft, region, active) {
  const current = active.approval;
  if (current?.state !== "waiting") return;
  const at = draft.event.at;
  const waited = formatSeconds((Date.parse(at) - Date.parse(current.since)) / 1e3);
  cancelJob(draft, active, "timed-out");
  const approval = { ...current, state: "timed-out", decidedAt: at };
  const message = `approval timed out after ${waited} in ${current.environment}`;
  failAttempt(draft, region, active, "stage.timed-out", message, { approval }, false);
}
function resumeDeadline(draft, region, active, approval, at) {
  removeTimer(draft, `${APPROVAL_TIMER}:${region}`);
  if (active.deadline === void 0) return active;
  const waited = Math.max(0, (Date.parse(at) - Date.parse(approval.since)) / 1e3);
  const deadline = addSeconds(active.deadline, waited);
  addTimer(draft, { name: `stage-deadline:${region}`, due: deadline, region, runId: active.runId });
  const next = { ...active, deadline };
  replaceStage(draft, active, next);
  return next;
}
function note2(draft, region, active, event, text2) {
  const state = regionOf(draft, region).state;
  record2(draft, { region, from: state, to: state, event, runId: active.runId, note: text2 });
}
function settled(active, why) {
  return new Refusal("approval-settled", `stage ${active.stage} attempt ${active.attempt}: ${why}`);
}
function describe2(approval) {
  return approval.by ? `${approval.state} by @${approval.by}` : approval.state;
}

// src/core/stage-events.ts
function handleStageEvent(draft, event) {
  const report = event.stage;
  const [region, reported] = reportedAttempt(draft, report);
  const ran = event.type === "stage.started" || event.type === "stage.progress" || event.type === "stage.succeeded";
  const active = ran ? endWaitByStart(draft, region, reported) : reported;
  const links = {
    ...report.url ? { url: report.url } : {},
    ...report.externalId ? { externalId: report.externalId } : {}
  };
  switch (event.type) {
    case "stage.dispatched":
      replaceStage(draft, active, { ...active, ...links });
      return;
    case "stage.started":
      replaceStage(draft, active, { ...active, ...links, status: "running" });
      return;
    case "stage.progress": {
      draft.counters = { ...draft.counters, ...report.counters };
      replaceStage(draft, active, { ...active, ...links, status: "running" });
      if (currentDef(draft, region).on?.["stage.progress"]) routeEvent(draft, "stage.progress", region);
      return;
    }
    case "stage.succeeded":
      finishAttempt(draft, region, active, {
        ...links,
        status: "succeeded",
        ...report.message ? { message: report.message } : {}
      });
      if (report.counters) draft.counters = { ...draft.counters, ...report.counters };
      routeEvent(draft, "stage.succeeded", region);
      return;
    case "stage.failed":
      if (report.interrupted) return interrupt(draft, region, active, event, links);
      failAttempt(draft, region, active, event.type, report.message ?? `stage ${active.stage} failed`, links);
      return;
    case "stage.timed-out":
      failAttempt(
        draft,
        region,
        active,
        event.type,
        report.message ?? (event.type === "stage.timed-out" ? `stage ${active.stage} timed out` : `stage ${active.stage} failed`),
        links
      );
  }
}
function handleTimer(draft, event) {
  const { name, due } = event.timer;
  const timer = draft.timers.find((t) => t.name === name && t.due === due);
  if (!timer) throw new Refusal("stale-timer", `timer ${name} due ${due} is not set`);
  draft.timers = draft.timers.filter((t) => t !== timer);
  const [kind, region] = name.split(":", 2);
  if (region !== void 0 && kind === "stage-deadline") {
    const active = activeStage(draft, region);
    if (!active) return;
    cancelJob(draft, active, "timed-out");
    failAttempt(
      draft,
      region,
      active,
      "stage.timed-out",
      `stage ${active.stage} did not report within its deadline`,
      {}
    );
    return;
  }
  if (region !== void 0 && kind === APPROVAL_TIMER) {
    const active = activeStage(draft, region);
    if (active) expireApproval(draft, region, active);
    return;
  }
  if (region !== void 0 && kind === "stage-retry") {
    retry(draft, region, event);
    return;
  }
  const key = `timer.${name}`;
  const handles = Object.keys(draft.regions).some((r) => currentDef(draft, r).on?.[key] ?? draft.lifecycle.on?.[key]);
  if (!handles) return;
  try {
    routeEvent(draft, key);
  } catch (error) {
    if (!(error instanceof Refusal && error.reason === "guard-failed")) throw error;
  }
}
function interrupt(draft, region, active, event, links) {
  const message = event.stage.message ?? `stage ${active.stage} was interrupted`;
  if (draft.context.stages?.[active.stage]?.onInterrupt === "fail" || !draft.run) {
    failAttempt(draft, region, active, "stage.failed", message, links, false);
    return;
  }
  finishAttempt(draft, region, active, { ...links, status: "failed", message });
  runAgain(draft, region, event, active.stage, active.retriesLeft ?? 0, "after an interruption");
}
var LEGACY_RETRYING = "retrying";
function retry(draft, region, event) {
  const ended = lastAttempt(draft, region);
  if (!ended || !draft.run) return;
  if (ended.status === LEGACY_RETRYING) replaceStage(draft, ended, { ...ended, status: "failed" });
  runAgain(draft, region, event, ended.stage, (ended.retriesLeft ?? 1) - 1);
}
function runAgain(draft, region, event, stage, retriesLeft, why) {
  if (!draft.run) return;
  draft.run = { ...draft.run, attempt: draft.run.attempt + 1 };
  const state = regionOf(draft, region).state;
  draft.added.push({
    at: event.at,
    eventId: event.id,
    actor: event.actor,
    region,
    from: state,
    to: state,
    event: "retry",
    runId: draft.run.id,
    note: why ? `attempt ${draft.run.attempt}, ${why}` : `attempt ${draft.run.attempt}`
  });
  dispatchStage(draft, region, state, stage, currentDef(draft, region), retriesLeft);
}
function lastAttempt(draft, region) {
  const state = regionOf(draft, region).state;
  const last = draft.stages.findLast((s) => s.region === region);
  if (!last || last.state !== state || last.runId !== draft.run?.id) return void 0;
  return last.status === "failed" || last.status === "timed-out" || last.status === LEGACY_RETRYING ? last : void 0;
}

// src/core/transition.ts
function transition(lifecycle, state, input, context = {}) {
  if (state.lifecycle !== lifecycle.name) {
    return refuse("lifecycle-mismatch", `state is for lifecycle ${state.lifecycle}, not ${lifecycle.name}`);
  }
  const bounded2 = boundedEvent(input);
  if (!bounded2.ok) return refuse(bounded2.reason, bounded2.detail);
  const event = bounded2.event;
  if (state.processed.includes(event.id)) return refuse("duplicate-event", `event ${event.id} was already applied`);
  const draft = draftOf(lifecycle, state, event, context);
  try {
    switch (event.type) {
      case "deploy":
        handleTrigger(draft, event);
        break;
      case "pause":
      case "resume":
        handleHold(draft, event.type);
        break;
      case "timer":
        handleTimer(draft, event);
        break;
      case "stage.dispatched":
      case "stage.started":
      case "stage.progress":
      case "stage.succeeded":
      case "stage.failed":
      case "stage.timed-out":
        handleStageEvent(draft, event);
        break;
      case "custom":
        if (!declaresEvent(lifecycle, event.name))
          return refuse("unknown-event", `lifecycle ${lifecycle.name} declares no event ${JSON.stringify(event.name)}`);
        routeEvent(draft, event.name);
        break;
      case "stage.waiting":
      case "stage.approved":
      case "stage.rejected":
        handleApprovalEvent(draft, event);
        break;
      default:
        routeEvent(draft, handlerKey(event));
    }
    popQueue(draft);
  } catch (error) {
    if (error instanceof Refusal) return refuse(error.reason, error.detail);
    throw error;
  }
  draft.effects.push({ type: "report" });
  return {
    ok: true,
    state: stateOf(draft, state),
    effects: draft.effects,
    transitions: draft.added,
    ended: draft.ended
  };
}
function refuse(reason, detail) {
  return { ok: false, reason, detail };
}

// src/engine/apply-events.ts
function applyEvents(snapshot, events, specs) {
  const current = /* @__PURE__ */ new Map();
  const changed = /* @__PURE__ */ new Map();
  const blocked = /* @__PURE__ */ new Map();
  const outcomes = [];
  const effects = [];
  const applied = [];
  const report = /* @__PURE__ */ new Set();
  const ended = /* @__PURE__ */ new Map();
  const redelivered = /* @__PURE__ */ new Set();
  for (const { deployment, event } of events) {
    const eventId = event.id;
    const spec = specs.get(deployment);
    const read = snapshot.deployments.get(deployment) ?? { kind: "absent" };
    if (read.kind === "corrupt") {
      const detail = `state file deployments/${deployment}.json is corrupt (${read.reason}): ${read.detail}. ferry will not overwrite it; fix or delete the file on the ferry/state branch.`;
      blocked.set(deployment, detail);
      report.add(deployment);
      outcomes.push({ kind: "blocked", deployment, eventId, detail });
      continue;
    }
    if (!spec) {
      outcomes.push({ kind: "unknown-deployment", deployment, eventId });
      continue;
    }
    const before = current.get(deployment) ?? (read.kind === "ok" ? read.state : initialDeploymentState(spec.lifecycle, deployment, event.at));
    const result = transition(spec.lifecycle, before, event, contextOf(spec, current, snapshot));
    current.set(deployment, before);
    if (!result.ok) {
      if (result.reason === "duplicate-event") {
        report.add(deployment);
        redelivered.add(deployment);
        outcomes.push({ kind: "duplicate", deployment, eventId });
      } else {
        outcomes.push({ kind: "refused", deployment, eventId, reason: result.reason, detail: result.detail });
      }
      continue;
    }
    const next = redactDeep(spec.source ? { ...result.state, manifest: spec.source } : result.state, spec.secretValues);
    current.set(deployment, next);
    changed.set(deployment, next);
    report.add(deployment);
    if (result.ended.length > 0)
      ended.set(deployment, [
        ...ended.get(deployment) ?? [],
        ...result.ended.map((end) => ({ ...end, state: redactDeep(end.state, spec.secretValues) }))
      ]);
    for (const effect of result.effects) if (effect.type !== "report") effects.push({ deployment, effect });
    applied.push({ deployment, event, transitions: result.transitions });
    outcomes.push({ kind: "applied", deployment, eventId, transitions: result.transitions });
  }
  return { outcomes, changed, current, effects, applied, report, blocked, ended, redelivered };
}
function contextOf(spec, current, snapshot) {
  const promotion = spec.promotion;
  if (!promotion) return spec.context;
  const read = snapshot.deployments.get(promotion.from);
  if (read?.kind === "corrupt")
    return {
      ...spec.context,
      promotion: { ...promotion, versions: [], source: `the state file of ${promotion.from} is corrupt` }
    };
  const source = current.get(promotion.from) ?? (read?.kind === "ok" ? read.state : void 0);
  return { ...spec.context, promotion: promotionFact(promotion, source) };
}

// src/engine/batch-views.ts
function viewsOf(result, specs, snapshot, clock) {
  const views = [];
  for (const deployment of result.report) {
    const spec = specs.get(deployment);
    if (!spec) continue;
    const base = {
      deployment,
      lifecycle: spec.lifecycle,
      environment: spec.environment,
      ...spec.environmentUrl === void 0 ? {} : { environmentUrl: spec.environmentUrl }
    };
    const state = result.current.get(deployment);
    const blocked = result.blocked.get(deployment);
    if (blocked) {
      const shown = state ?? initialDeploymentState(spec.lifecycle, deployment, clock.now());
      views.push({ ...base, state: shown, transitions: [], basis: "blocked", blocked });
      continue;
    }
    if (!state) continue;
    const read = snapshot.deployments.get(deployment);
    const before = read?.kind === "ok" ? read.state : void 0;
    const written = result.changed.has(deployment);
    const transitions = result.applied.filter((a) => a.deployment === deployment).flatMap((a) => a.transitions);
    if (!written) {
      views.push({ ...base, state, transitions, basis: "redelivered" });
      continue;
    }
    for (const end of result.ended.get(deployment) ?? []) {
      const previous2 = before?.run?.id === end.run.id ? before : void 0;
      if (previous2 && settled2(spec.lifecycle, previous2) === end.outcome) continue;
      const { state: endState, ...ended } = end;
      views.push({
        ...base,
        state: endState,
        transitions: transitions.filter((t) => t.runId === end.run.id),
        basis: "written",
        ended,
        ...previous2 ? { previous: previous2 } : { started: true }
      });
    }
    const previous = before?.run && before.run.id === state.run?.id ? before : void 0;
    views.push({
      ...base,
      state,
      transitions,
      basis: "written",
      ...previous ? { previous } : state.run ? { started: true } : {}
    });
  }
  return views;
}
function settled2(lifecycle, state) {
  const status = deploymentStatus(lifecycle, state);
  return status === "success" || status === "failure" ? status : void 0;
}
function withKnownSurfaces(result, reporter) {
  if (!reporter.surfacesOf || result.changed.size === 0) return result;
  const changed = new Map(result.changed);
  const current = new Map(result.current);
  for (const [deployment, state] of result.changed) {
    const run = state.run;
    if (!run) continue;
    const known = reporter.surfacesOf(deployment, run.id);
    const surfaces = { ...known, ...run.surfaces };
    if (!known || sameSurfaces(surfaces, run.surfaces)) continue;
    const next = { ...state, run: { ...run, surfaces } };
    changed.set(deployment, next);
    current.set(deployment, next);
  }
  return { ...result, changed, current };
}
function sameSurfaces(a, b) {
  return a.checkRun === b?.checkRun && a.deployment === b?.deployment;
}

// src/engine/move-trailer.ts
var MOVE_TRAILER = "Ferry-Move";
var TRAILER_MESSAGE_MAX = 300;
function moveTrailer(deployment, move, state) {
  const run = move.runId !== void 0 && state ? runFacts(state, move.runId) : {};
  const error = state?.error && state.error.runId === move.runId && state.error.at === move.at ? {
    step: state.error.step,
    state: state.error.state,
    message: clip3(state.error.message.replace(/\s+/g, " ").trim(), TRAILER_MESSAGE_MAX)
  } : void 0;
  const record3 = {
    deployment,
    at: move.at,
    region: move.region,
    from: move.from,
    to: move.to,
    event: move.event,
    actor: move.actor,
    ...move.runId !== void 0 ? { run: move.runId } : {},
    ...run,
    ...error ? { error } : {}
  };
  const line = JSON.stringify(record3).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return `${MOVE_TRAILER}: ${line}`;
}
function runFacts(state, id) {
  const run = state.run;
  if (run?.id === id) return { version: run.version, kind: run.kind };
  if (run?.kind === "rollback" && run.from && state.rolledBack?.runId === run.id && id === run.id - 1)
    return { version: run.from };
  const good = state.good.find((g) => g.runId === id);
  return good ? { version: good.version } : {};
}
function clip3(text2, max) {
  return text2.length <= max ? text2 : `${text2.slice(0, max - 1)}\u2026`;
}

// src/engine/commit-message.ts
function commitMessage(applied, states) {
  const byDeployment = /* @__PURE__ */ new Map();
  for (const a of applied) byDeployment.set(a.deployment, [...byDeployment.get(a.deployment) ?? [], a]);
  const parts = [];
  const moves = [];
  for (const [deployment, events] of byDeployment) {
    const state = states.get(deployment);
    const transitions = events.flatMap((a) => a.transitions);
    const moved = transitions.filter((t) => t.from !== t.to);
    for (const move of moved) moves.push(moveTrailer(deployment, move, state));
    parts.push(`${deployment}: ${moved.length > 0 ? movesText(moved, state) : happenedText(events, state)}`);
  }
  const subject = `${parts.join("; ")} [skip ci]`;
  const body = applied.map((a) => {
    const steps = a.transitions.map((t) => `${t.from} \u2192 ${t.to}${t.note ? ` (${t.note})` : ""}`).join(", ");
    return `- ${a.deployment}: ${eventName(a.event)} by ${a.event.actor} (${a.event.cause})${steps ? `: ${steps}` : ""}`;
  });
  const trailers2 = applied.flatMap((a) => [
    `Ferry-Event: ${oneLine2(eventName(a.event))} ${a.deployment}`,
    `Ferry-Delivery: ${oneLine2(a.event.id)}`,
    `Ferry-Actor: ${oneLine2(a.event.actor)}`
  ]);
  return [subject, "", ...body, "", ...trailers2, ...moves, ""].join("\n");
}
function movesText(moved, state) {
  const multi = state ? Object.keys(state.regions).length > 1 : new Set(moved.map((m) => m.region)).size > 1;
  const oneRun = new Set(moved.map((m) => m.runId)).size === 1;
  const order = [...Object.keys(state?.regions ?? {}), ...moved.map((m) => m.region)];
  const chains = [...new Set(order)].filter((r) => moved.some((m) => m.region === r)).map((region) => {
    let text2 = "";
    let last;
    for (const segment of segmentsOf(moved.filter((m) => m.region === region))) {
      const [first, end] = [segment[0], segment.at(-1)];
      if (!first || !end) continue;
      const run = oneRun ? "" : runText(state, end.runId);
      text2 += last && last.to === first.from ? ` \u2192 ${end.to}${run}` : `${text2 ? ", " : ""}${first.from} \u2192 ${end.to}${run}`;
      last = end;
    }
    return `${multi ? `${region}: ` : ""}${text2}`;
  });
  return `${chains.join(", ")}${oneRun ? runText(state, moved[0]?.runId) : ""}`;
}
function segmentsOf(moves) {
  const segments = [];
  for (const move of moves) {
    const current = segments.at(-1);
    const previous = current?.at(-1);
    if (current && previous && previous.runId === move.runId && previous.to === move.from) current.push(move);
    else segments.push([move]);
  }
  return segments;
}
function happenedText(events, state) {
  const notes = events.flatMap((a) => a.transitions.map((t) => t.note).filter((n) => Boolean(n)));
  const phrases = notes.length > 0 ? notes : events.map((a) => eventPhrase(a.event));
  const where = state ? Object.entries(state.regions).map(([name, r]) => Object.keys(state.regions).length > 1 ? `${name}: ${r.state}` : r.state).join(", ") : "?";
  return `${[...new Set(phrases)].join("; ")} in ${where}${runText(state, state?.run?.id)}`;
}
function eventPhrase(event) {
  if ("stage" in event) return `${event.stage.stage} ${event.type.replace(/^stage\./, "")}`;
  if (event.type === "timer") return `timer ${event.timer.name}`;
  if (event.type === "signal") return `signal ${event.signal}`;
  return eventName(event);
}
function runText(state, runId) {
  if (runId === void 0) return "";
  const version = state ? runFacts(state, runId).version : void 0;
  return ` (run ${runId}${version ? `, ${shortVersion(version)}` : ""})`;
}
function eventName(event) {
  return event.type === "custom" ? event.name : event.type;
}
function oneLine2(text2) {
  return text2.replace(/[\r\n\u2028\u2029]+/g, " ");
}

// src/engine/execute-effects.ts
async function executeEffects(effects, specs, runner, log, clock) {
  const followUps = [];
  for (const { deployment, effect } of effects) {
    if (effect.type === "runStage") {
      if (effect.stage === FLEET_STAGE && specs.get(deployment)?.fleet !== void 0) continue;
      const report = { runId: effect.runId, attempt: effect.attempt, stage: effect.stage };
      const id = `dispatch:${deployment}:${effect.runId}:${effect.attempt}:${effect.stage}`;
      let message;
      try {
        const started = await runner.start({
          deployment,
          ...effect,
          ...jobOf(specs.get(deployment), deployment, effect.stage)
        });
        if (started.ok) continue;
        message = started.message;
      } catch (error) {
        log.error({ err: error, deployment, stage: effect.stage }, "stage dispatch threw");
        message = error.message;
      }
      const event = {
        type: "stage.failed",
        id,
        at: clock.now(),
        actor: "ferry",
        cause: "runner",
        stage: { ...report, message: `could not start stage ${effect.stage}: ${message}` }
      };
      followUps.push({ deployment, event });
    } else if (effect.type === "cancelStage") {
      if (effect.stage === FLEET_STAGE && specs.get(deployment)?.fleet !== void 0) continue;
      try {
        await runner.cancel({
          deployment,
          stage: effect.stage,
          runId: effect.runId,
          attempt: effect.attempt,
          ...effect.externalId ? { externalId: effect.externalId } : {}
        });
      } catch (error) {
        log.warn({ err: error, deployment, stage: effect.stage }, "could not cancel stage");
      }
    }
  }
  return followUps;
}
function jobOf(spec, deployment, stage) {
  if (!spec) return { environment: deployment, runsOn: DEFAULT_RUNS_ON };
  const own = Object.hasOwn(spec.runsOn.stages, stage) ? spec.runsOn.stages[stage] : void 0;
  return { environment: spec.environment, runsOn: own ?? spec.runsOn.default };
}

// src/engine/promotion-triggers.ts
function promotionTriggers(source, before, after, promoters) {
  const run = after.run;
  if (!run || run.kind !== "deploy") return [];
  const triggers2 = [];
  for (const { deployment, promotion } of promoters) {
    const now = promotionFact(promotion, after).versions.includes(run.version);
    const earlier = promotionFact(promotion, before).versions.includes(run.version);
    if (!now || earlier) continue;
    triggers2.push({
      deployment,
      event: {
        type: "deploy",
        id: `promotion:${source}:${run.id}`,
        at: after.updatedAt,
        actor: run.actor,
        cause: "promotion",
        version: run.version
      }
    });
  }
  return triggers2;
}

// src/engine/work-counter.ts
var WorkCounter = class {
  count = 0;
  waiters = [];
  /** Whether any work is in flight. */
  get busy() {
    return this.count > 0;
  }
  /** One more piece of work has started. */
  begin() {
    this.count++;
  }
  /** A piece of work has ended (however it ended). */
  end() {
    if (this.count === 0) throw new Error("WorkCounter.end() without begin()");
    this.count--;
    if (this.count > 0) return;
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }
  /** Counts `work` from now until it settles, and passes its result on. */
  async track(work) {
    this.begin();
    try {
      return await work();
    } finally {
      this.end();
    }
  }
  /** Resolves the next time no work is in flight (at once if none is). */
  idle() {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
};

// src/engine/engine.ts
function timerEventId(deployment, timer) {
  return `timer:${deployment}:${timer.name}:${timer.due}`;
}
var EngineWriteError = class extends Error {
  name = "EngineWriteError";
};
var Engine = class {
  constructor(options) {
    this.options = options;
    this.log = options.log ?? silentLogger;
  }
  options;
  log;
  queue = [];
  flushing;
  timer;
  /** Submissions not yet answered; a batch submits its follow-ups before it is answered. */
  work = new WorkCounter();
  /** Applies events and resolves with one outcome per event, once written, executed and reported. */
  submit(events) {
    if (events.length === 0) return Promise.resolve([]);
    this.work.begin();
    return new Promise((resolve, reject2) => {
      this.queue.push({ events, resolve, reject: reject2 });
      this.schedule();
    }).finally(() => this.work.end());
  }
  /** Waits until everything submitted so far, and the follow-up events it caused, is done. */
  idle() {
    return this.work.idle();
  }
  /**
   * Fires every timer that is due: stage deadlines, retry backoffs, pause-after, drop-after.
   * Timer events are keyed by name and due time, so replicas firing the same timer apply it once.
   */
  async fireDueTimers(now = this.options.clock.now()) {
    const { deployments } = await this.options.store.list();
    const snapshot = await this.options.store.read(deployments);
    const events = [];
    for (const [deployment, read] of snapshot.deployments) {
      if (read.kind !== "ok") continue;
      for (const timer of read.state.timers) {
        if (timer.due > now) continue;
        const event = {
          type: "timer",
          id: timerEventId(deployment, timer),
          at: now,
          actor: "ferry",
          cause: "timer",
          timer: { name: timer.name, due: timer.due }
        };
        events.push({ deployment, event });
      }
    }
    return this.submit(events);
  }
  schedule() {
    if (this.timer || this.flushing) return;
    this.timer = setTimeout(() => {
      this.timer = void 0;
      this.flushing = this.flush().finally(() => {
        this.flushing = void 0;
        if (this.queue.length > 0) this.schedule();
      });
    }, this.options.coalesceMs ?? 0);
  }
  async flush() {
    const batch = this.queue;
    this.queue = [];
    const events = batch.flatMap((p) => p.events);
    try {
      const outcomes = await this.process(events);
      let offset = 0;
      for (const pending of batch) {
        pending.resolve(outcomes.slice(offset, offset + pending.events.length));
        offset += pending.events.length;
      }
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    }
  }
  async process(events) {
    const { store, clock } = this.options;
    const names = [...new Set(events.map((e) => e.deployment))];
    const specs = /* @__PURE__ */ new Map();
    const brought = (name) => events.findLast((e) => e.deployment === name && e.manifest)?.manifest;
    for (const name of names) specs.set(name, await this.options.catalog.get(name, brought(name)));
    const sources = [...specs.values()].flatMap((spec) => spec?.promotion ? [spec.promotion.from] : []);
    const read = [.../* @__PURE__ */ new Set([...names, ...sources])];
    const attempts = this.options.maxWriteAttempts ?? 8;
    let result;
    let snapshot;
    let fresh = false;
    for (let attempt = 1; ; attempt++) {
      snapshot = await store.read(read, { fresh });
      await this.specsInForce(specs, events, snapshot);
      result = withKnownSurfaces(applyEvents(snapshot, events, specs), this.options.reporter);
      if (result.changed.size === 0) {
        if (snapshot.cached && !fresh) {
          fresh = true;
          continue;
        }
        break;
      }
      const files = this.options.reporter.files?.(viewsOf(result, specs, snapshot, this.options.clock));
      const commit = {
        expectedHead: snapshot.head,
        states: [...result.changed.values()],
        message: commitMessage(result.applied, result.changed)
      };
      const outcome = await store.write(files ? { ...commit, files } : commit);
      if (outcome.ok) break;
      fresh = true;
      if (attempt >= attempts)
        throw new EngineWriteError(`state branch kept moving: gave up after ${attempts} attempts (${outcome.detail})`);
      this.log.info({ attempt, detail: outcome.detail }, "state branch moved; re-reading and re-applying");
      await clock.sleep(Math.round(clock.random() * 25 * 2 ** attempt));
    }
    await this.reportBatch(viewsOf(result, specs, snapshot, clock));
    const followUps = await executeEffects(result.effects, specs, this.options.runner, this.log, clock);
    followUps.push(...await this.promotions(result, snapshot));
    if (followUps.length > 0)
      void this.submit(followUps).catch((error) => this.log.error({ err: error }, "follow-up events failed"));
    return [...result.outcomes];
  }
  /**
   * The manifest in force is recorded in each state, so that every replica decides by the same
   * one: an event that brings a manifest (a commit that changed it) wins, else the state's record;
   * a state without one (its first move, an earlier build) takes the catalog's and records it.
   */
  async specsInForce(specs, events, snapshot) {
    for (const [name, spec] of specs) {
      const read = snapshot.deployments.get(name);
      const brought = events.findLast((e) => e.deployment === name && e.manifest)?.manifest;
      const wanted = brought ?? (read?.kind === "ok" ? read.state.manifest : void 0);
      if (!wanted || spec?.source?.commit === wanted.commit && spec.source.path === wanted.path) continue;
      const found = await this.options.catalog.get(name, wanted);
      if (found) specs.set(name, found);
      else
        this.log.warn(
          { deployment: name, manifest: wanted },
          "the recorded manifest could not be read; the one in force here decides"
        );
    }
  }
  /** Deploys, to the deployments that promote from a changed one, the version it just promoted. */
  async promotions(result, snapshot) {
    const triggers2 = [];
    for (const [source, after] of result.changed) {
      const promoters = [];
      for (const deployment of await this.options.catalog.promotedFrom(source)) {
        const promotion = (await this.options.catalog.get(deployment))?.promotion;
        if (promotion) promoters.push({ deployment, promotion });
      }
      if (promoters.length === 0) continue;
      const before = snapshot.deployments.get(source);
      triggers2.push(...promotionTriggers(source, before?.kind === "ok" ? before.state : void 0, after, promoters));
    }
    return triggers2;
  }
  async reportBatch(views) {
    if (views.length === 0) return;
    try {
      await this.options.reporter.report(views);
    } catch (error) {
      this.log.error(
        { err: error, deployments: [...new Set(views.map((v) => v.deployment))] },
        "reporting failed; the next event reports again"
      );
    }
  }
};

// src/app/github-hints.ts
function hintFor(error) {
  const status = statusOf(error);
  const { headers, message } = responseOf(error);
  if (rateLimitOf(error) !== void 0) {
    const reset = Number(headers["x-ratelimit-reset"]);
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1e3).toISOString()}` : "";
    return `GitHub's rate limit was reached${when}, also after ferry's retries; the next reconcile (every 5 minutes by default, or the next webhook) does the work. Fewer pushes per minute or fewer deployments per repository help.`;
  }
  if (status === 401)
    return "GitHub did not accept the app's credentials: check APP_ID and PRIVATE_KEY (or PRIVATE_KEY_PATH), and the app's clock.";
  if (status === 403) {
    return "the app lacks a permission on this repository: accept the permissions app.yml asks for (contents, checks, statuses, deployments and actions: write; pull requests: write; metadata: read) in the installation's settings.";
  }
  if (status === 404)
    return "GitHub answered 404: the repository, commit, file or workflow is missing, or the app is not installed on this repository (a missing `.github/workflows/ferry-stage.yml` shows up here too; `npx ferry init` writes it).";
  if (status === 422) return `GitHub rejected the request as invalid: ${message}`;
  if (status !== void 0 && status >= 500)
    return "GitHub had a server error, also after ferry's retries; the next reconcile (every 5 minutes by default, or the next webhook) does the work.";
  return void 0;
}

// src/app/repo-reconcile.ts
var WEBHOOK_RECONCILE_SPACING_MS = 6e4;
var STAGE_OVERDUE_MS = 2 * 6e4;
var RETRY_AFTER_FAILURE_MS = 6e4;
async function reconcileRepository(worker, now, minutes) {
  const nowMs = Date.parse(now);
  if (minutes === void 0 && worker.lastReconciled !== void 0 && nowMs - Date.parse(worker.lastReconciled) < WEBHOOK_RECONCILE_SPACING_MS)
    return;
  worker.lastReconciled = now;
  let failed = false;
  let more = false;
  const attempt = async (what, work) => {
    try {
      await work();
    } catch (error) {
      failed = true;
      const hint2 = hintFor(error);
      worker.log.error(
        { err: error, repo: worker.fullName, ...hint2 ? { hint: hint2 } : {} },
        `could not reconcile ${what} of ${worker.fullName}; the next reconcile tries again${hint2 ? `: ${hint2}` : ""}`
      );
    }
  };
  let branches = [];
  await attempt("the trigger branches", async () => {
    branches = await branchesToReconcile(worker);
  });
  for (const branch of branches)
    await attempt(`branch ${branch}`, async () => {
      if ((await reconcileBranch(worker, branch, now)).more) more = true;
    });
  await attempt("the running stages", () => reconcileStages(worker, now));
  if (minutes === void 0) return;
  const wait2 = more ? 0 : failed ? Math.min(minutes * 6e4, RETRY_AFTER_FAILURE_MS) : minutes * 6e4;
  worker.reconcileDue = new Date(nowMs + wait2).toISOString();
}
async function reconcileStages(worker, now) {
  const overdue = (await worker.states({ fresh: true })).flatMap((state) => overdueStages(state, now));
  if (overdue.length === 0) return;
  const runs = { workflow: worker.workflow, dispatcher: await worker.dispatcher() };
  for (const stage of overdue) {
    const events = await readOverdueStage(worker.client, worker.ref, stage, runs);
    if (events.length === 0) continue;
    worker.log.info(
      { repo: worker.fullName, deployment: stage.deployment, stage: stage.stage, workflowRunId: stage.workflowRunId },
      "read an overdue stage's workflow run from GitHub"
    );
    await worker.submit(events);
  }
}
function overdueStages(state, now) {
  const nowMs = Date.parse(now);
  const found = [];
  for (const stage of state.stages) {
    if (stage.status !== "dispatching" && stage.status !== "running") continue;
    if (stage.runId !== state.run?.id) continue;
    if (stage.approval?.state === "waiting") continue;
    if (nowMs - Date.parse(stage.startedAt) < STAGE_OVERDUE_MS) continue;
    found.push({
      deployment: state.deployment,
      stage: stage.stage,
      runId: stage.runId,
      attempt: stage.attempt,
      .../^\d+$/.test(stage.externalId ?? "") ? { workflowRunId: Number(stage.externalId) } : {},
      ...stage.approval ? { approval: stage.approval.state } : {}
    });
  }
  return found;
}

// src/app/repo-workers.ts
var RepoWorker = class {
  constructor(installationId, ref, defaultBranch, client, options) {
    this.installationId = installationId;
    this.defaultBranch = defaultBranch;
    this.client = client;
    this.options = options;
    this.ref = { owner: ref.owner, repo: ref.repo };
    const log = options.log;
    this.store = new GitHubStateStore(client, this.ref);
    this.catalog = new GitHubCatalog(client, this.ref, {
      defaultBranch: () => this.defaultBranch,
      recorded: (d) => this.recorded(d)
    });
    this.engine = new Engine({
      store: this.store,
      catalog: this.catalog,
      // The default branch comes with every webhook: no request to look it up.
      runner: new ActionsRunner(client, this.ref, {
        ...options.workflow ? { workflow: options.workflow } : {},
        dispatchRef: () => this.defaultBranch,
        log
      }),
      reporter: new GitHubReporter(client, this.ref, log),
      clock: options.clock,
      log,
      ...options.coalesceMs === void 0 ? {} : { coalesceMs: options.coalesceMs }
    });
  }
  installationId;
  defaultBranch;
  client;
  options;
  ref;
  store;
  catalog;
  engine;
  /** Deployments this worker has seen in the state branch or sent events to. */
  known = /* @__PURE__ */ new Set();
  listed = false;
  /** Ids of timer events the core refused (e.g. a timer left in a final state), not fired again by this replica. */
  refusedTimers = new BoundedSet();
  tail = Promise.resolve();
  /** The earliest timer due in the state files as last read; the timer loop fires the worker then. */
  nextDue;
  /** When the timer loop reconciles this repository next; undefined until its first reconcile (start-up). */
  reconcileDue;
  /** When this replica last began reconciling the repository (webhooks reconcile at most once a minute). */
  lastReconciled;
  get log() {
    return this.options.log;
  }
  /** The runner workflow's file name. */
  get workflow() {
    return this.options.workflow ?? FERRY_STAGE_WORKFLOW;
  }
  /** Who dispatches ferry's stage runs (see {@link Dispatcher}); undefined when unknown. */
  dispatcher() {
    return this.options.dispatcher?.() ?? Promise.resolve(void 0);
  }
  get fullName() {
    return `${this.ref.owner}/${this.ref.repo}`;
  }
  /**
   * Queues a task behind this repository's earlier ones and returns at once with a promise of its
   * end. Failures are logged with a hint a person can act on; the promise never rejects. The task
   * counts as work in flight from now until it and the engine work it started have ended.
   */
  enqueue(what, task) {
    this.options.work.begin();
    const run = async () => {
      this.store.beginTask();
      try {
        await task();
        await this.engine.idle();
        await this.updateNextDue();
      } catch (error) {
        const hint2 = hintFor(error);
        this.options.log.error(
          { err: error, repo: this.fullName, ...hint2 ? { hint: hint2 } : {} },
          `ferry could not handle ${what} for ${this.fullName}${hint2 ? `: ${hint2}` : ""}`
        );
      } finally {
        this.store.endTask();
        this.options.work.end();
      }
    };
    this.tail = this.tail.then(run);
    return this.tail;
  }
  /** Submits events to the engine and remembers the deployments they address. */
  submit(events) {
    for (const { deployment } of events) this.known.add(deployment);
    return this.engine.submit(events);
  }
  /**
   * The valid state files of every known deployment; `fresh` asks GitHub instead of this replica's
   * memory (once per task: later fresh reads in the same task answer from that read and its writes).
   */
  async states(options = {}) {
    if (options.fresh || !this.listed) await this.list();
    const snapshot = await this.store.read([...this.known]);
    const states = [];
    for (const read of snapshot.deployments.values()) if (read.kind === "ok") states.push(read.state);
    return states;
  }
  /** The environment and reviewers a held workflow run waits for, if it waits for a reviewer. */
  pendingApproval(workflowRunId) {
    return pendingApproval(this.client, this.ref, workflowRunId);
  }
  /**
   * Fires the timers that are due now and waits for the work they started; timer ids are
   * deterministic, so replicas apply each once. Counted as work in flight even outside a task.
   */
  fireDueTimers(now) {
    return this.options.work.track(() => this.fireDue(now));
  }
  async fireDue(now) {
    const outcomes = await this.engine.fireDueTimers(now);
    await this.engine.idle();
    for (const outcome of outcomes) {
      this.known.add(outcome.deployment);
      if (outcome.kind !== "applied" && outcome.kind !== "duplicate") this.refusedTimers.add(outcome.eventId);
    }
    return outcomes;
  }
  /**
   * Processes what no webhook delivered: the commits of the trigger branches after their cursors
   * and the overdue stages (src/app/repo-reconcile.ts). Run inside a task, like a webhook.
   */
  async reconcile(now, options = {}) {
    const minutes = options.webhook ? void 0 : await this.reconcileMinutes();
    await reconcileRepository(this, now, minutes);
  }
  /** The interval from the repository's settings; the default when they cannot be read. */
  async reconcileMinutes() {
    try {
      return await this.options.reconcileMinutes?.(this) ?? DEFAULT_RECONCILE_MINUTES;
    } catch (error) {
      this.options.log.warn(
        { err: error, repo: this.fullName },
        "could not read the settings; reconciling every 5 minutes"
      );
      return DEFAULT_RECONCILE_MINUTES;
    }
  }
  /** The branches that have a sync cursor on the state branch. */
  async cursorBranches() {
    const branches = [];
    for (const text2 of (await this.store.syncFiles()).values()) {
      const parsed = parseSyncCursor(text2);
      if (parsed.kind === "ok") branches.push(parsed.cursor.branch);
    }
    return branches;
  }
  /** Reads the state branch again (after a restart, or to see other replicas' work) and sets {@link nextDue}. */
  async rescan() {
    await this.list();
    await this.updateNextDue();
  }
  async list() {
    const { deployments } = await this.store.list();
    for (const name of deployments) this.known.add(name);
    this.listed = true;
  }
  async updateNextDue() {
    if (this.known.size === 0 && this.listed) {
      this.nextDue = void 0;
      return;
    }
    const timers = (await this.states()).flatMap(
      (s) => s.timers.map((t) => ({ id: timerEventId(s.deployment, t), due: t.due }))
    );
    const dues = timers.filter((t) => !this.refusedTimers.has(t.id)).map((t) => t.due).sort();
    this.nextDue = dues[0];
  }
  /** What a deployment's state file records about its manifest, from the store (its copy of the state branch). */
  async recorded(deployment) {
    const read = (await this.store.read([deployment])).deployments.get(deployment);
    if (read?.kind !== "ok") return void 0;
    const { manifest, run } = read.state;
    return { ...manifest ? { manifest } : {}, ...run ? { version: run.version } : {} };
  }
};
var DEFAULT_RECONCILE_MINUTES = 5;
var RepoWorkers = class {
  constructor(options) {
    this.options = options;
  }
  options;
  workers = /* @__PURE__ */ new Map();
  /** Tasks queued or running (with the engine work they started) and timer firings, across every repository. */
  work = new WorkCounter();
  /** The worker of a repository (keyed by installation and name: a repository moves with its installation). */
  get(installationId, ref, defaultBranch) {
    const key = `${installationId}/${ref.owner}/${ref.repo}`.toLowerCase();
    let worker = this.workers.get(key);
    if (!worker) {
      worker = this.options.clientFor(installationId).then(
        (client) => new RepoWorker(installationId, ref, defaultBranch, client, { ...this.options, work: this.work })
      );
      worker.catch(() => this.workers.delete(key));
      this.workers.set(key, worker);
    }
    return worker.then((w) => {
      w.defaultBranch = defaultBranch;
      return w;
    });
  }
  /** Every worker created so far. */
  async all() {
    const settled3 = await Promise.allSettled(this.workers.values());
    return settled3.flatMap((s) => s.status === "fulfilled" ? [s.value] : []);
  }
  /** Resolves once no repository has queued or running work (tests wait on this instead of sleeping). */
  idle() {
    return this.work.idle();
  }
};

// src/app/timer-loop.ts
var DEFAULT_TIMER_INTERVAL_MS = 3e4;
var DEFAULT_RESCAN_MS = 10 * 6e4;
var TimerLoop = class {
  constructor(options) {
    this.options = options;
  }
  options;
  interval;
  ticking;
  lastRescan;
  /** Starts ticking (the interval does not keep the process alive). */
  start() {
    if (this.interval) return;
    const tick = () => void this.tick().catch(
      (error) => this.options.log.error({ err: error }, "timer pass failed; the next tick tries again")
    );
    this.interval = setInterval(tick, this.options.intervalMs ?? DEFAULT_TIMER_INTERVAL_MS);
    this.interval.unref();
    tick();
  }
  stop() {
    if (this.interval) clearInterval(this.interval);
    this.interval = void 0;
  }
  /**
   * Resolves once no pass is running, the one `start()` fires included: until then a repository created meanwhile
   * may still be found and reconciled, so whoever waits for the app to be quiet must wait for the pass too.
   */
  async idle() {
    while (this.ticking) await this.ticking.catch(() => void 0);
  }
  /** One pass: rescan when due, then reconcile the repositories due for it and fire those whose earliest timer is due. Overlapping calls share a pass. */
  tick() {
    this.ticking ??= this.pass().finally(() => {
      this.ticking = void 0;
    });
    return this.ticking;
  }
  async pass() {
    const { clock, log } = this.options;
    const now = clock.now();
    const nowMs = Date.parse(now);
    if (this.lastRescan === void 0 || nowMs - this.lastRescan >= (this.options.rescanMs ?? DEFAULT_RESCAN_MS)) {
      this.lastRescan = nowMs;
      await this.rescan();
    }
    const workers = await this.options.workers();
    const reconciling = workers.filter((w) => w.reconcileDue === void 0 || w.reconcileDue <= now).map((worker) => worker.enqueue("reconcile", () => worker.reconcile(now)));
    const due = workers.filter((w) => w.nextDue !== void 0 && w.nextDue <= now);
    await Promise.all([
      ...reconciling,
      ...due.map(
        (worker) => worker.enqueue("due timers", async () => {
          const outcomes = await worker.fireDueTimers(now);
          const applied = outcomes.filter((o) => o.kind === "applied").length;
          if (applied > 0)
            log.info({ repo: worker.fullName, applied }, `fired ${applied} timer${applied === 1 ? "" : "s"}`);
        })
      )
    ]);
  }
  async rescan() {
    let workers;
    try {
      workers = await this.options.discover();
    } catch (error) {
      const hint2 = hintFor(error);
      this.options.log.error(
        { err: error, ...hint2 ? { hint: hint2 } : {} },
        "could not list the app's installations and repositories; timers of repositories without webhooks wait for the next rescan"
      );
      return;
    }
    await Promise.all(workers.map((worker) => worker.enqueue("reading the state branch", () => worker.rescan())));
  }
};

// src/app/webhook-facts/check-run-facts.ts
var PULL_LIMIT = 10;
function checkRunFactsOf(payload) {
  const action = stringAt(payload, "action");
  const run = objectAt(payload, "check_run");
  const name = stringAt(run, "name") ?? "";
  if (action !== "requested_action" && action !== "rerequested" || !name.startsWith("ferry/"))
    return { kind: "ignored" };
  const id = numberAt(run, "id");
  return {
    kind: "request",
    action,
    name,
    headSha: shaAt(run, "head_sha"),
    identifier: action === "rerequested" ? "retry" : stringAt(objectAt(payload, "requested_action"), "identifier"),
    checkRunId: id !== void 0 && Number.isSafeInteger(id) && id > 0 ? id : void 0,
    externalId: stringAt(run, "external_id"),
    shown: checkRunSnapshotOf(run),
    pullNumbers: arrayAt(run, "pull_requests").flatMap((p) => numberAt(p, "number") ?? []).filter((n) => Number.isSafeInteger(n) && n > 0).slice(0, PULL_LIMIT)
  };
}

// src/app/webhook-facts/pull-request-facts.ts
function pullRequestFactsOf(payload) {
  return {
    action: stringAt(payload, "action"),
    label: stringAt(objectAt(payload, "label"), "name"),
    pull: pullFactsOf(payload)
  };
}
function pullFactsOf(payload) {
  const pull = objectAt(payload, "pull_request");
  const number = numberAt(pull, "number") ?? numberAt(payload, "number");
  const head = objectAt(pull, "head");
  const base = objectAt(pull, "base");
  const headSha = shaAt(head, "sha");
  const headRef = stringAt(head, "ref");
  const baseRef = stringAt(base, "ref");
  if (number === void 0 || !Number.isSafeInteger(number) || number <= 0)
    throw new PayloadError("the pull_request webhook has no valid number");
  if (!headSha || !headRef || !baseRef) throw new PayloadError(`pull request #${number}: head or base is missing`);
  const headRepo = stringAt(objectAt(head, "repo"), "full_name");
  const baseRepo = stringAt(objectAt(base, "repo"), "full_name");
  const fromFork = headRepo === void 0 || baseRepo === void 0 || headRepo.toLowerCase() !== baseRepo.toLowerCase() || booleanAt(objectAt(head, "repo"), "fork") === true;
  const merged = booleanAt(pull, "merged") === true;
  return {
    number,
    headSha,
    headRef,
    baseRef,
    fromFork,
    merged,
    mergeSha: merged ? shaAt(pull, "merge_commit_sha") : void 0,
    open: stringAt(pull, "state") === "open"
  };
}

// src/app/webhook-facts/webhook-facts.ts
var WEBHOOK_EVENTS = [
  "push",
  "pull_request",
  "check_run",
  "workflow_run",
  "workflow_job",
  "deployment_review"
];
function webhookFactsOf(event, payload, deliveryId, options) {
  const origin = originOf(payload, options);
  return { origin, facts: factsOf(event, payload, deliveryId) };
}
function factsOf(event, payload, deliveryId) {
  switch (event) {
    case "push":
      return { event, push: pushFactsOf(payload) };
    case "pull_request":
      return { event, pullRequest: pullRequestFactsOf(payload) };
    case "check_run":
      return { event, press: checkRunFactsOf(payload) };
    case "deployment_review":
      return { event, review: deploymentReviewFact(payload, deliveryId) };
    case "workflow_run":
      return { event, run: workflowRunFactsOf(payload, deliveryId) };
    case "workflow_job":
      return { event, job: workflowJobFactsOf(payload, deliveryId) };
  }
}
function isLanding(facts) {
  return facts.event === "push" || facts.event === "pull_request" && facts.pullRequest.action === "closed";
}

// src/app/ferry-app.ts
var DEFAULT_WORKFLOW = "ferry-stage.yml";
function createFerryApp(options = {}) {
  const clock = options.clock ?? systemClock;
  const workflow = options.workflow ?? DEFAULT_WORKFLOW;
  let workers;
  let timers;
  let fleets;
  let fleetTicks;
  const appFn = (app, probotOptions) => {
    const log = loggerOf(app.log);
    const settings = new Settings(log);
    const dispatcher = dispatcherOf(app, log, options.tokenMode === true);
    const repoWorkers = new RepoWorkers({
      clock,
      log,
      workflow,
      dispatcher,
      ...options.coalesceMs === void 0 ? {} : { coalesceMs: options.coalesceMs },
      clientFor: (installationId) => app.auth(installationId),
      reconcileMinutes: async (worker) => (await settings.get(worker.fullName, () => configOf(worker.client, worker.ref))).reconcile.intervalMinutes
    });
    workers = repoWorkers;
    const ignored = (context, error) => log.warn({ delivery: context.id, event: context.name }, `ignored webhook: ${error.message}`);
    app.on([...WEBHOOK_EVENTS], async (context) => {
      let entered;
      try {
        entered = webhookFactsOf(context.name, context.payload, context.id, {
          requireInstallation: !options.tokenMode
        });
      } catch (error) {
        if (error instanceof PayloadError) return ignored(context, error);
        throw error;
      }
      const { origin, facts } = entered;
      const worker = await repoWorkers.get(
        origin.installationId,
        { owner: origin.owner, repo: origin.repo },
        origin.defaultBranch
      );
      const ctx = {
        worker,
        origin,
        deliveryId: context.id,
        settings: () => settings.get(origin.fullName, () => {
          boundConfigReads(context.octokit);
          return context.config("ferry.yml");
        }),
        forgetSettings: () => settings.forget(origin.fullName),
        now: () => clock.now(),
        sleep: (ms) => clock.sleep(ms),
        workflow,
        dispatcher,
        log
      };
      void worker.enqueue(`${context.name} ${context.id}`, async () => {
        if (!isLanding(facts)) await worker.reconcile(clock.now(), { webhook: true });
        await handleWebhook(ctx, facts);
      }).catch(
        (error) => error instanceof PayloadError ? ignored(context, error) : log.error({ err: error, delivery: context.id }, "webhook task failed")
      );
    });
    if (options.tokenMode) return;
    fleets = new AppFleets({
      app,
      workers: repoWorkers,
      clock,
      log,
      key: options.fleetSecret ?? fleetSecretFromEnv(),
      inventory: () => options.fleetInventory ? Promise.resolve(options.fleetInventory) : fleetInventoryFromEnv()
    });
    if (typeof probotOptions?.addHandler === "function") probotOptions.addHandler(fleets.handler());
    const appFleets = fleets;
    fleetTicks = setInterval(() => void appFleets.tickAll(), options.fleetTickMs ?? 1e3);
    fleetTicks.unref();
    timers = new TimerLoop({
      clock,
      log,
      workers: () => repoWorkers.all(),
      discover: () => discoverRepositories(app, repoWorkers),
      ...options.timerIntervalMs === void 0 ? {} : { intervalMs: options.timerIntervalMs },
      ...options.rescanMs === void 0 ? {} : { rescanMs: options.rescanMs }
    });
    timers.start();
  };
  return Object.assign(appFn, {
    idle: async () => {
      await timers?.idle();
      await workers?.idle();
    },
    tick: async () => {
      await timers?.tick();
      await workers?.idle();
    },
    stop: () => {
      timers?.stop();
      if (fleetTicks) clearInterval(fleetTicks);
    },
    tickFleets: async () => {
      await fleets?.tickAll();
      await workers?.idle();
    },
    fireDueTimers: async (ref, defaultBranch) => {
      if (!workers) throw new FerryAppNotLoadedError("fireDueTimers before the app was loaded into Probot");
      const worker = await workers.get(0, ref, defaultBranch);
      await worker.fireDueTimers(clock.now());
      await workers.idle();
    }
  });
}
var FerryAppNotLoadedError = class extends Error {
  name = "FerryAppNotLoadedError";
};
async function discoverRepositories(app, workers) {
  const installations = await appInstallations(await app.auth());
  const found = [];
  for (const installation of installations) {
    const repositories = await installationRepositories(await app.auth(installation));
    for (const { owner, repo, defaultBranch } of repositories)
      found.push(await workers.get(installation, { owner, repo }, defaultBranch));
  }
  return found;
}
function dispatcherOf(app, log, tokenMode) {
  if (tokenMode) return () => Promise.resolve("anyone");
  let identity;
  return () => {
    identity ??= app.auth().then((octokit) => appSlug(octokit)).then(
      (slug) => slug ? { login: `${slug}[bot]` } : void 0,
      (error) => {
        identity = void 0;
        log.warn(
          { err: error },
          "could not read the app's identity; workflow runs are matched by recorded run ids only"
        );
        return void 0;
      }
    );
    return identity;
  };
}
function configOf(client, ref) {
  const octokit = client;
  if (!octokit.config) return Promise.resolve({});
  boundConfigReads(octokit);
  return octokit.config.get({ ...ref, path: SETTINGS_FILE }).then((answer) => answer.config);
}
function loggerOf(log) {
  return {
    info: (object, message) => typeof object === "string" ? log.info(object) : log.info(object, message),
    warn: (object, message) => typeof object === "string" ? log.warn(object) : log.warn(object, message),
    error: (object, message) => typeof object === "string" ? log.error(object) : log.error(object, message)
  };
}

// src/action/commands/engine-command.ts
var ENGINE_EVENTS = [
  "push",
  "pull_request",
  "check_run",
  "workflow_run",
  "workflow_job",
  "schedule",
  "workflow_dispatch"
];
async function engineCommand(io, options = {}) {
  const env = (name) => io.env(name);
  const token = io.input("token") || env("GITHUB_TOKEN") || "";
  const eventName2 = env("GITHUB_EVENT_NAME") ?? "";
  const eventPath = env("GITHUB_EVENT_PATH") ?? "";
  const [owner, repo] = (env("GITHUB_REPOSITORY") ?? "").split("/");
  const baseUrl = env("GITHUB_API_URL") ?? "https://api.github.com";
  if (!token) return io.fail("command engine needs a token: set `token` (default: the workflow's GITHUB_TOKEN)");
  if (!owner || !repo)
    return io.fail("command engine needs GITHUB_REPOSITORY (owner/name); it runs inside a GitHub Actions workflow");
  if (!ENGINE_EVENTS.includes(eventName2))
    return io.fail(
      `command engine does not handle ${JSON.stringify(eventName2)} events; trigger it on ${ENGINE_EVENTS.join(", ")}`
    );
  const app = createFerryApp({ tokenMode: true, clock: options.clock ?? systemClock });
  const Octokit = (options.Octokit ?? FerryOctokit).defaults({ baseUrl });
  const probot = new Probot({ githubToken: token, Octokit, logLevel: "info" });
  await probot.load(app);
  if (eventName2 === "schedule" || eventName2 === "workflow_dispatch") {
    const octokit = await probot.auth();
    await app.fireDueTimers({ owner, repo }, await defaultBranchOf(octokit, { owner, repo }));
    io.info(`fired the due timers of ${owner}/${repo}`);
  } else {
    const payload = JSON.parse(readFileSync(eventPath, "utf8"));
    const id = `${env("GITHUB_RUN_ID") ?? "run"}-${env("GITHUB_RUN_ATTEMPT") ?? "1"}`;
    const event = { id, name: eventName2, payload };
    await probot.receive(event);
    await app.idle();
    io.info(`handled ${eventName2} for ${owner}/${repo}`);
  }
  io.output("result", "succeeded");
}
export {
  ENGINE_EVENTS,
  engineCommand
};
