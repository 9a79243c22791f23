import { createRequire as __ferryCreateRequire } from "node:module";
const require = __ferryCreateRequire(import.meta.url);
import {
  INSTANCE_STATUSES,
  nextInstanceStatus
} from "./chunk-DWO7HIOM.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-2QHCXWJ5.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/manifest/ferry-file-name.ts
var FERRY_FILE_SUFFIXES = [".yml", ".yaml"];
function ferryFileName(path) {
  const base = path.split(/[\\/]/).pop() ?? path;
  const suffix = FERRY_FILE_SUFFIXES.find((s) => base.endsWith(s) && base.length > s.length);
  return suffix === void 0 ? void 0 : base.slice(0, -suffix.length);
}

// src/manifest/source-error.ts
function formatSourceError(error) {
  return `${error.file}:${error.line}:${error.column} ${error.message}`;
}
function toPointer(path) {
  return path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function fromPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function withSemanticErrors(schema, semantic) {
  const places = schema.map((e) => e.path).filter((p) => p !== "");
  const covered = (path) => places.some((p) => path === p || path.startsWith(`${p}/`));
  return [...schema, ...semantic.filter((e) => !covered(e.path))].sort(
    (a, b) => a.line - b.line || a.column - b.column
  );
}

// src/core/duration.ts
var UNITS = { s: 1, m: 60, h: 3600, d: 86400 };
function parseDuration(text) {
  const parts = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  if (!parts || text.trim() === "") return void 0;
  const [, d, h, m, s] = parts;
  return Number(d ?? 0) * UNITS.d + Number(h ?? 0) * UNITS.h + Number(m ?? 0) * UNITS.m + Number(s ?? 0);
}
var lastIso = "";
var lastMs = 0;
function addSeconds(iso, seconds2) {
  if (iso !== lastIso) {
    lastMs = Date.parse(iso);
    lastIso = iso;
  }
  return new Date(lastMs + seconds2 * 1e3).toISOString();
}
function formatSeconds(total) {
  let rest = Math.max(0, Math.round(total));
  let text = "";
  for (const [unit, size] of [...Object.entries(UNITS)].reverse()) {
    const count = Math.floor(rest / size);
    if (count > 0) text += `${count}${unit}`;
    rest -= count * size;
  }
  return text === "" ? "0s" : text;
}

// src/manifest/builtin-lifecycles.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// src/manifest/compiled-lifecycles.json
var compiled_lifecycles_default = [
  {
    name: "preview",
    description: "Per-pull-request preview environments, modelled on an environment manager whose deployments\ngo draft \u2192 initialize \u2192 deploy \u2192 pause \u2192 drop. Each phase is entered by running a book (the\nautomation for that step), chosen by the deployment's type; drop is allowed only where the\ndeployment's scope permits it, and timers pause an idle environment and drop it later.\nChoices where that model leaves room:\n- The model's `deploy` and `pause` name both the book that runs and the phase after it. ferry splits them:\n  `deploying` and `pausing` run the books, `deploy` and `pause` are the phases that follow.\n  `initialize` runs the initialization book; `dropping` runs the drop book, then `dropped` is final.\n- Every book is type-dispatched: for a manifest with `type: odoo`, the stage `odoo.deploy` runs when the\n  manifest defines it, else `deploy` (the model names such actions per type, e.g. `odoo_action_deploy`).\n- A failed book records the error and returns to the phase the deployment was in before (`$previous`):\n  a failed first deploy leaves it in draft, a failed pause leaves it deployed. It never lands in the\n  phase whose book failed.\n- Drop is scope-gated: `drop`, the drop-after timer and removing the manifest drop only when the\n  manifest's `scope.allowDrop` is true. Without it, removing the manifest pauses the deployment.\n- Entering `deploy` (re)arms the pause-after and drop-after timers from the manifest; the drop-after\n  timer keeps running while paused.\n- A new commit supersedes a running book (concurrency `supersede`), except the drop book: a deploy\n  while dropping is rejected, since the environment is going away.\n",
    concurrency: "supersede",
    regions: {
      main: {
        initial: "draft",
        states: {
          draft: {
            kind: "steady",
            report: "neutral",
            description: "Created; no action taken. Configuration can be freely edited.",
            on: {
              deploy: [
                {
                  target: "initialize"
                }
              ],
              drop: [
                {
                  target: "dropping",
                  guard: "allowDrop",
                  description: "dropping is allowed"
                }
              ],
              remove: [
                {
                  target: "dropping",
                  guard: "allowDrop",
                  description: "dropping is allowed"
                },
                {
                  target: "dropped"
                }
              ]
            }
          },
          initialize: {
            kind: "stage",
            stage: "initialize",
            dispatch: "type",
            description: "The initialization book is running; namespaces, secrets and prerequisites are provisioned.",
            on: {
              "stage.succeeded": [
                {
                  target: "deploying"
                }
              ],
              "stage.failed": [
                {
                  target: "$previous",
                  error: true
                }
              ]
            }
          },
          deploying: {
            kind: "stage",
            stage: "deploy",
            dispatch: "type",
            description: "The deploy book is running.",
            on: {
              "stage.succeeded": [
                {
                  target: "deploy"
                }
              ],
              "stage.failed": [
                {
                  target: "$previous",
                  error: true
                }
              ]
            }
          },
          deploy: {
            kind: "steady",
            description: "Live and serving traffic.",
            entry: [
              {
                schedule: "pause-after"
              },
              {
                schedule: "drop-after"
              }
            ],
            on: {
              deploy: [
                {
                  target: "deploying"
                }
              ],
              pause: [
                {
                  target: "pausing"
                }
              ],
              "timer.pause-after": [
                {
                  target: "pausing"
                }
              ],
              drop: [
                {
                  target: "dropping",
                  guard: "allowDrop",
                  description: "dropping is allowed"
                }
              ],
              "timer.drop-after": [
                {
                  target: "dropping",
                  guard: "allowDrop",
                  description: "dropping is allowed"
                }
              ],
              remove: [
                {
                  target: "dropping",
                  guard: "allowDrop",
                  description: "dropping is allowed"
                },
                {
                  target: "pausing"
                }
              ]
            }
          },
          pausing: {
            kind: "stage",
            stage: "pause",
            dispatch: "type",
            description: "The pause book is running; pods scale down, configuration and data are kept.",
            on: {
              "stage.succeeded": [
                {
                  target: "pause"
                }
              ],
              "stage.failed": [
                {
                  target: "$previous",
                  error: true
                }
              ]
            }
          },
          pause: {
            kind: "steady",
            report: "neutral",
            description: "Scaled down with configuration and data preserved; can be re-deployed at any time.",
            on: {
              deploy: [
                {
                  target: "deploying"
                }
              ],
              resume: [
                {
                  target: "deploying"
                }
              ],
              drop: [
                {
                  target: "dropping",
                  guard: "allowDrop",
                  description: "dropping is allowed"
                }
              ],
              "timer.drop-after": [
                {
                  target: "dropping",
                  guard: "allowDrop",
                  description: "dropping is allowed"
                }
              ],
              remove: [
                {
                  target: "dropping",
                  guard: "allowDrop",
                  description: "dropping is allowed"
                }
              ]
            }
          },
          dropping: {
            kind: "stage",
            stage: "drop",
            dispatch: "type",
            concurrency: "reject",
            description: "The drop book is running; Kubernetes resources, DNS records and other external state are removed.",
            on: {
              "stage.succeeded": [
                {
                  target: "dropped"
                }
              ],
              "stage.failed": [
                {
                  target: "$previous",
                  error: true
                }
              ]
            }
          },
          dropped: {
            kind: "final",
            description: "Permanently removed."
          }
        }
      }
    }
  },
  {
    name: "rolling",
    description: 'A rolling deployment across a fleet of instances, modelled on a controller that updates\ninstances batch by batch, counts failed instances against a failure threshold and rolls back\nto the last completed deployment. ferry runs the deployment level of that model (Unknown \u2192\nRunning \u2192 Completed or Failed, Failed \u2192 Running as the rollback); the rollout stage updates\nthe instances and reports progress.\nChoices where that model leaves room:\n- `running` runs the `rollout` stage, which updates instances batch by batch and reports progress with\n  counters (failed, completed, in progress, total). The guard `failed >= threshold` on progress is the\n  "failure threshold exceeded" arrow; the rollout stage is cancelled when it is taken.\n- Entering `failed` after a deploy run rolls back by itself to the previous completed version when the\n  manifest allows it (`strategy.autoRollback`, default true) and one exists: Failed \u2192 Running as a\n  rollback run. A failed rollback stays failed; a person may retry, roll back or deploy.\n- A rollback requested during a rollout cancels it and starts the rollback run at once (the model\'s\n  rollback flow: cancel the running deployment, then deploy the previous versions).\n- Completed \u2192 Running is a new deployment; a rollout already in progress queues further triggers\n  (the model refuses them as "rollout in progress"; ferry queues them and says so).\n- Unknown is where a new manifest lands, before any deployment was triggered.\n',
    concurrency: "queue",
    regions: {
      main: {
        initial: "unknown",
        states: {
          unknown: {
            kind: "steady",
            report: "neutral",
            description: "The deployment record exists; nothing was rolled out yet.",
            on: {
              deploy: [
                {
                  target: "running"
                }
              ]
            }
          },
          running: {
            kind: "stage",
            stage: "rollout",
            description: "Instances are being updated batch by batch.",
            on: {
              "stage.progress": [
                {
                  target: "failed",
                  guard: "failed >= threshold",
                  description: "Failure threshold exceeded."
                },
                {
                  description: "The batch is in progress, or the next batch starts."
                }
              ],
              "stage.succeeded": [
                {
                  target: "completed"
                }
              ],
              "stage.failed": [
                {
                  target: "failed"
                }
              ],
              rollback: [
                {
                  target: "running"
                }
              ]
            }
          },
          completed: {
            kind: "steady",
            description: "All instances were updated to the desired version and are healthy.",
            on: {
              deploy: [
                {
                  target: "running"
                }
              ],
              rollback: [
                {
                  target: "running"
                }
              ]
            }
          },
          failed: {
            kind: "failed",
            description: "The failure threshold was exceeded, or the rollout failed.",
            always: [
              {
                target: "running",
                guard: 'run == "deploy" && autoRollback && hasPrevious',
                start: "rollback",
                description: "Automatic rollback to the previous completed version."
              }
            ],
            on: {
              rollback: [
                {
                  target: "running"
                }
              ],
              retry: [
                {
                  target: "running"
                }
              ],
              deploy: [
                {
                  target: "running"
                }
              ]
            }
          }
        }
      }
    }
  },
  {
    name: "setup-deploy",
    description: 'Setup then deploy, modelled on a platform that ships an application bundle to a virtual private\nserver: the server is set up first, then the application (a "scenario") is deployed on it; each\nphase has its own status, a failure records `error_step` (where it happened) and its message,\nand stop, re-deploy and retry are actions on the deployment.\nChoices where that model leaves room:\n- `created` is where a new manifest lands; the model creates the record and executes in one action, ferry\n  waits for a trigger (merge, push, deploy label) to execute.\n- `pending` is the first status of an execution, while the bundle is built (the optional `bundle` stage);\n  a bundle failure is the pending \u2192 failed arrow.\n- `setup_complete` runs the optional `preflight` stage (start required resources, check the VPS is ready);\n  its failure is the setup_complete \u2192 failed arrow. Without it, setup_complete passes straight to deploying.\n- Health checks belong to the `deploy` stage (an http-check step), as the model runs them after deploying.\n- `failed` records error_step (the stage that failed) and error_message beside the status.\n- Stop runs the optional `stop` stage in `stopping`; without it, deployed goes straight to stopped.\n- Retry re-runs the whole pipeline from pending as a new attempt; re-deploy from deployed goes to\n  deploying with the new version; a stopped deployment re-executes from pending.\n',
    concurrency: "queue",
    regions: {
      main: {
        initial: "created",
        states: {
          created: {
            kind: "steady",
            report: "neutral",
            description: "Deployment created but not started.",
            on: {
              deploy: [
                {
                  target: "pending"
                }
              ]
            }
          },
          pending: {
            kind: "stage",
            stage: "bundle",
            optional: true,
            description: "Execution started; the bundle is built if it does not exist.",
            on: {
              "stage.succeeded": [
                {
                  target: "setup_running"
                }
              ],
              "stage.failed": [
                {
                  target: "failed"
                }
              ]
            }
          },
          setup_running: {
            kind: "stage",
            stage: "setup",
            description: "VPS setup in progress.",
            on: {
              "stage.succeeded": [
                {
                  target: "setup_complete"
                }
              ],
              "stage.failed": [
                {
                  target: "failed"
                }
              ]
            }
          },
          setup_complete: {
            kind: "stage",
            stage: "preflight",
            optional: true,
            description: "VPS setup finished, ready for deploy.",
            on: {
              "stage.succeeded": [
                {
                  target: "deploying"
                }
              ],
              "stage.failed": [
                {
                  target: "failed"
                }
              ]
            }
          },
          deploying: {
            kind: "stage",
            stage: "deploy",
            description: "Scenario deployment in progress.",
            on: {
              "stage.succeeded": [
                {
                  target: "deployed"
                }
              ],
              "stage.failed": [
                {
                  target: "failed"
                }
              ]
            }
          },
          deployed: {
            kind: "steady",
            description: "Successfully deployed and running.",
            on: {
              deploy: [
                {
                  target: "deploying"
                }
              ],
              stop: [
                {
                  target: "stopping"
                }
              ],
              remove: [
                {
                  target: "stopping"
                }
              ]
            }
          },
          stopping: {
            kind: "stage",
            stage: "stop",
            optional: true,
            description: "Gracefully stopping the scenario on the VPS.",
            on: {
              "stage.succeeded": [
                {
                  target: "stopped"
                }
              ],
              "stage.failed": [
                {
                  target: "failed"
                }
              ]
            }
          },
          stopped: {
            kind: "steady",
            report: "neutral",
            description: "Manually stopped on the VPS.",
            on: {
              deploy: [
                {
                  target: "pending"
                }
              ]
            }
          },
          failed: {
            kind: "failed",
            description: "Deployment failed at some stage; error_step says which.",
            on: {
              retry: [
                {
                  target: "pending"
                }
              ],
              deploy: [
                {
                  target: "pending"
                }
              ],
              stop: [
                {
                  target: "stopping"
                }
              ],
              remove: [
                {
                  target: "stopping"
                }
              ]
            }
          }
        }
      }
    }
  },
  {
    name: "stack-migration",
    description: 'Infrastructure stack state plus a deployment run, modelled on a deployer of containerised\nservices that keeps two machines side by side: the long-lived stack, and each run that changes\nit. A run creates the stack the first time; later it either upserts it in place (`quick`) or\nmigrates it: scale down, migrate the infrastructure, migrate the data, scale up.\nThe `stack` region is the long-lived stack (creating, stable, migrating, broken); the `deployment`\nregion is one deployment run. They signal each other:\n- the stack raises `stack.triggered` when it takes a run (Triggered), which moves the run from queued;\n- a run raises `deployment.completed` from done (DeploymentCompleted) and `deployment.failed` from every\n  failed state (CreateErrored while creating, MigrateErrored while migrating).\nChoices where that model leaves room:\n- Triggers that arrive while the stack is creating or migrating are queued ("adds to the queue");\n  entering stable pops the queued one ("pops from queue"). A trigger while stable is the external trigger.\n  The queue holds the newest trigger only: a newer one supersedes the one waiting, which is counted,\n  never run (migrating to a version that the next migration replaces at once is wasted work).\n- `exists` is true when an earlier run of this deployment succeeded, so its stack exists.\n- The deployment region\'s `creating` has no failure arrow in the model; ferry adds `create_failed`.\n- Stages: wait-stable (optional: wait for the stack to settle), create, scale-down, infra-migrate,\n  db-migrate, scale-up, upsert. "Progress" is a stage.progress report; "Stable" is success.\n- `broken` takes a new trigger or a retry, which migrates the stack if it exists and creates it otherwise.\n- Failed runs take a new trigger or a retry, which queues the run again behind the stack.\n',
    concurrency: "queue",
    regions: {
      stack: {
        initial: "none",
        states: {
          none: {
            kind: "steady",
            report: "neutral",
            description: "No stack yet.",
            on: {
              deploy: [
                {
                  target: "creating"
                }
              ]
            }
          },
          creating: {
            kind: "wait",
            description: "The first run is creating the stack.",
            entry: [
              {
                raise: "stack.triggered"
              }
            ],
            on: {
              "deployment.completed": [
                {
                  target: "stable"
                }
              ],
              "deployment.failed": [
                {
                  target: "broken"
                }
              ]
            }
          },
          stable: {
            kind: "steady",
            on: {
              deploy: [
                {
                  target: "migrating"
                }
              ]
            }
          },
          migrating: {
            kind: "wait",
            description: "A run is migrating the stack.",
            entry: [
              {
                raise: "stack.triggered"
              }
            ],
            on: {
              "deployment.completed": [
                {
                  target: "stable"
                }
              ],
              "deployment.failed": [
                {
                  target: "broken"
                }
              ]
            }
          },
          broken: {
            kind: "failed",
            on: {
              deploy: [
                {
                  target: "migrating",
                  guard: "exists",
                  description: "the stack exists"
                },
                {
                  target: "creating"
                }
              ],
              retry: [
                {
                  target: "migrating",
                  guard: "exists",
                  description: "the stack exists"
                },
                {
                  target: "creating"
                }
              ]
            }
          }
        }
      },
      deployment: {
        initial: "idle",
        states: {
          idle: {
            kind: "steady",
            report: "neutral",
            description: "No run yet.",
            on: {
              deploy: [
                {
                  target: "queued"
                }
              ]
            }
          },
          queued: {
            kind: "wait",
            description: "Requested; waits for the stack to take it.",
            on: {
              "stack.triggered": [
                {
                  target: "triggered"
                }
              ]
            }
          },
          triggered: {
            kind: "transient",
            always: [
              {
                target: "waiting"
              }
            ]
          },
          waiting: {
            kind: "stage",
            stage: "wait-stable",
            optional: true,
            description: "StackWait; waits for the stack to be stable before touching it.",
            on: {
              "stage.progress": [
                {
                  description: "StackStatus.Progress"
                }
              ],
              "stage.succeeded": [
                {
                  target: "available"
                }
              ],
              "stage.failed": [
                {
                  target: "failed_1"
                }
              ]
            }
          },
          available: {
            kind: "transient",
            description: "Chooses the path by `quick` and whether the stack exists.",
            always: [
              {
                target: "upserting",
                guard: "quick",
                description: "quick, upsert in place"
              },
              {
                target: "scaling_down",
                guard: "!quick && exists",
                description: "not quick, the stack exists"
              },
              {
                target: "creating"
              }
            ]
          },
          creating: {
            kind: "stage",
            stage: "create",
            on: {
              "stage.succeeded": [
                {
                  target: "infra_migrated"
                }
              ],
              "stage.failed": [
                {
                  target: "create_failed"
                }
              ]
            }
          },
          scaling_down: {
            kind: "stage",
            stage: "scale-down",
            description: "StackScale(0).",
            on: {
              "stage.progress": [
                {
                  description: "Stack Progress"
                }
              ],
              "stage.succeeded": [
                {
                  target: "scaled_down"
                }
              ],
              "stage.failed": [
                {
                  target: "failed_2"
                }
              ]
            }
          },
          scaled_down: {
            kind: "transient",
            always: [
              {
                target: "infra_migrate"
              }
            ]
          },
          infra_migrate: {
            kind: "stage",
            stage: "infra-migrate",
            on: {
              "stage.progress": [
                {
                  description: "Stack Progress"
                }
              ],
              "stage.succeeded": [
                {
                  target: "infra_migrated"
                }
              ],
              "stage.failed": [
                {
                  target: "failed_4"
                }
              ]
            }
          },
          infra_migrated: {
            kind: "transient",
            always: [
              {
                target: "db_migrating"
              }
            ]
          },
          db_migrating: {
            kind: "stage",
            stage: "db-migrate",
            on: {
              "stage.progress": [
                {
                  description: "Progress"
                }
              ],
              "stage.succeeded": [
                {
                  target: "db_migrated"
                }
              ],
              "stage.failed": [
                {
                  target: "failed_3"
                }
              ]
            }
          },
          db_migrated: {
            kind: "transient",
            always: [
              {
                target: "scaling_up"
              }
            ]
          },
          scaling_up: {
            kind: "stage",
            stage: "scale-up",
            on: {
              "stage.progress": [
                {
                  description: "Stack Progress"
                }
              ],
              "stage.succeeded": [
                {
                  target: "scaled_up"
                }
              ],
              "stage.failed": [
                {
                  target: "failed_5"
                }
              ]
            }
          },
          scaled_up: {
            kind: "transient",
            always: [
              {
                target: "done"
              }
            ]
          },
          upserting: {
            kind: "stage",
            stage: "upsert",
            description: "UpsertStack.",
            on: {
              "stage.succeeded": [
                {
                  target: "upserted"
                }
              ],
              "stage.failed": [
                {
                  target: "upserting_failed"
                }
              ]
            }
          },
          upserted: {
            kind: "transient",
            always: [
              {
                target: "done"
              }
            ]
          },
          done: {
            kind: "steady",
            entry: [
              {
                raise: "deployment.completed"
              }
            ],
            on: {
              deploy: [
                {
                  target: "queued"
                }
              ]
            }
          },
          failed_1: {
            kind: "failed",
            description: "Stack failure while waiting for the stack.",
            entry: [
              {
                raise: "deployment.failed"
              }
            ],
            on: {
              deploy: [
                {
                  target: "queued"
                }
              ],
              retry: [
                {
                  target: "queued"
                }
              ]
            }
          },
          failed_2: {
            kind: "failed",
            description: "Stack failure while scaling down.",
            entry: [
              {
                raise: "deployment.failed"
              }
            ],
            on: {
              deploy: [
                {
                  target: "queued"
                }
              ],
              retry: [
                {
                  target: "queued"
                }
              ]
            }
          },
          failed_3: {
            kind: "failed",
            description: "Data migration failure.",
            entry: [
              {
                raise: "deployment.failed"
              }
            ],
            on: {
              deploy: [
                {
                  target: "queued"
                }
              ],
              retry: [
                {
                  target: "queued"
                }
              ]
            }
          },
          failed_4: {
            kind: "failed",
            description: "Stack failure during the infrastructure migration.",
            entry: [
              {
                raise: "deployment.failed"
              }
            ],
            on: {
              deploy: [
                {
                  target: "queued"
                }
              ],
              retry: [
                {
                  target: "queued"
                }
              ]
            }
          },
          failed_5: {
            kind: "failed",
            description: "Stack failure while scaling up.",
            entry: [
              {
                raise: "deployment.failed"
              }
            ],
            on: {
              deploy: [
                {
                  target: "queued"
                }
              ],
              retry: [
                {
                  target: "queued"
                }
              ]
            }
          },
          upserting_failed: {
            kind: "failed",
            description: "StackStatus.Error during the upsert.",
            entry: [
              {
                raise: "deployment.failed"
              }
            ],
            on: {
              deploy: [
                {
                  target: "queued"
                }
              ],
              retry: [
                {
                  target: "queued"
                }
              ]
            }
          },
          create_failed: {
            kind: "failed",
            description: "Stack failure while creating the stack.",
            entry: [
              {
                raise: "deployment.failed"
              }
            ],
            on: {
              deploy: [
                {
                  target: "queued"
                }
              ],
              retry: [
                {
                  target: "queued"
                }
              ]
            }
          }
        }
      }
    }
  },
  {
    name: "standard",
    description: 'A package release on a host, modelled on a runtime manager\'s state machine for installing\napplications: validate the request, fetch the artifact and verify its checksum, prepare the\nenvironment, install, activate, health-check, run; an update installs the new version the same\nway, a failure rolls back to the previous version, and teardown stops, uninstalls and deletes.\nChoices where that model leaves room:\n- `requested` is where a new manifest lands ("request received"); a deploy trigger moves it to validating.\n- Each setup state runs the manifest stage of the same job: validate, fetch (an `artifact` step verifies\n  the checksum), prepare, install, activate, health-check. Only install is required; the others are\n  skipped, and recorded as skipped, when the manifest leaves them out.\n- "Any failure before Running" goes to `rollback_needed` (the model\'s ROLLBACK NEEDED), an auto state\n  that rolls back when an earlier good version exists and fails otherwise (a first install has nothing\n  to roll back to).\n- `updating` runs the optional `update` stage (store the previous version, stop the app) and then joins\n  the install flow at `installing`; a failure there rolls back (UPDATING \u2192 ROLLBACK).\n- `rolling_back` runs the required `rollback` stage against the previous good version; success is\n  `running` on that version, failure is `rollback_failed`.\n- Teardown is stop \u2192 stopping \u2192 uninstalling \u2192 deleted, from running or either failed state; removing\n  the manifest does the same. A teardown failure lands in `failed`, and retrying it resumes teardown.\n- Retry from `failed` re-runs the install flow from validating as a new attempt of the same run.\n',
    concurrency: "queue",
    regions: {
      main: {
        initial: "requested",
        states: {
          requested: {
            kind: "steady",
            report: "neutral",
            description: "A manifest exists; nothing has been installed yet.",
            on: {
              deploy: [
                {
                  target: "validating"
                }
              ],
              remove: [
                {
                  target: "deleted"
                }
              ]
            }
          },
          validating: {
            kind: "stage",
            stage: "validate",
            optional: true,
            description: "Schema, plugin availability and version requirement checks.",
            on: {
              "stage.succeeded": [
                {
                  target: "fetching"
                }
              ],
              "stage.failed": [
                {
                  target: "rollback_needed"
                }
              ]
            }
          },
          fetching: {
            kind: "stage",
            stage: "fetch",
            optional: true,
            description: "Download the artifact and verify its checksum or signature.",
            on: {
              "stage.succeeded": [
                {
                  target: "preparing"
                }
              ],
              "stage.failed": [
                {
                  target: "rollback_needed"
                }
              ]
            }
          },
          preparing: {
            kind: "stage",
            stage: "prepare",
            optional: true,
            description: "Directories, environment variables, volumes and network prerequisites.",
            on: {
              "stage.succeeded": [
                {
                  target: "installing"
                }
              ],
              "stage.failed": [
                {
                  target: "rollback_needed"
                }
              ]
            }
          },
          installing: {
            kind: "stage",
            stage: "install",
            description: "Install the version and its runtime-specific artefacts.",
            on: {
              "stage.succeeded": [
                {
                  target: "activating"
                }
              ],
              "stage.failed": [
                {
                  target: "rollback_needed"
                }
              ]
            }
          },
          activating: {
            kind: "stage",
            stage: "activate",
            optional: true,
            description: "Start the version; bind ports and namespaces.",
            on: {
              "stage.succeeded": [
                {
                  target: "health_checking"
                }
              ],
              "stage.failed": [
                {
                  target: "rollback_needed"
                }
              ]
            }
          },
          health_checking: {
            kind: "stage",
            stage: "health-check",
            optional: true,
            description: "The version must report healthy, or pass its liveness probes.",
            on: {
              "stage.succeeded": [
                {
                  target: "running"
                }
              ],
              "stage.failed": [
                {
                  target: "rollback_needed"
                }
              ]
            }
          },
          rollback_needed: {
            kind: "transient",
            description: "A failure before running; roll back if there is an earlier good version.",
            always: [
              {
                target: "rolling_back",
                guard: "hasPrevious",
                description: "an earlier good version exists",
                start: "rollback"
              },
              {
                target: "failed"
              }
            ]
          },
          running: {
            kind: "steady",
            description: "The version is installed, active and healthy.",
            on: {
              deploy: [
                {
                  target: "updating"
                }
              ],
              rollback: [
                {
                  target: "rolling_back"
                }
              ],
              stop: [
                {
                  target: "stopping"
                }
              ],
              remove: [
                {
                  target: "stopping"
                }
              ]
            }
          },
          updating: {
            kind: "stage",
            stage: "update",
            optional: true,
            description: "Store the previous version and stop the app before installing the new one.",
            on: {
              "stage.succeeded": [
                {
                  target: "installing"
                }
              ],
              "stage.failed": [
                {
                  target: "rollback_needed"
                }
              ]
            }
          },
          rolling_back: {
            kind: "stage",
            stage: "rollback",
            description: "Stop the failed version and restore the previous good one.",
            on: {
              "stage.succeeded": [
                {
                  target: "running"
                }
              ],
              "stage.failed": [
                {
                  target: "rollback_failed"
                }
              ]
            }
          },
          stopping: {
            kind: "stage",
            stage: "stop",
            optional: true,
            on: {
              "stage.succeeded": [
                {
                  target: "uninstalling"
                }
              ],
              "stage.failed": [
                {
                  target: "failed"
                }
              ]
            }
          },
          uninstalling: {
            kind: "stage",
            stage: "uninstall",
            optional: true,
            description: "Delete the app and clean up leftover data.",
            on: {
              "stage.succeeded": [
                {
                  target: "deleted"
                }
              ],
              "stage.failed": [
                {
                  target: "failed"
                }
              ]
            }
          },
          deleted: {
            kind: "final"
          },
          failed: {
            kind: "failed",
            description: "The install failed with nothing to roll back to, or teardown failed.",
            on: {
              retry: [
                {
                  target: "stopping",
                  guard: 'errorStep == "stop"',
                  description: "stopping failed"
                },
                {
                  target: "uninstalling",
                  guard: 'errorStep == "uninstall"',
                  description: "uninstalling failed"
                },
                {
                  target: "validating"
                }
              ],
              deploy: [
                {
                  target: "validating"
                }
              ],
              rollback: [
                {
                  target: "rolling_back"
                }
              ],
              stop: [
                {
                  target: "stopping"
                }
              ],
              remove: [
                {
                  target: "stopping"
                }
              ]
            }
          },
          rollback_failed: {
            kind: "failed",
            description: "Restoring the previous version failed; a person has to look.",
            on: {
              retry: [
                {
                  target: "rolling_back"
                }
              ],
              deploy: [
                {
                  target: "validating"
                }
              ],
              stop: [
                {
                  target: "stopping"
                }
              ],
              remove: [
                {
                  target: "stopping"
                }
              ]
            }
          }
        }
      }
    }
  }
];

// src/manifest/builtin-lifecycles.ts
var BUILTIN_LIFECYCLES = ["standard", "rolling", "stack-migration", "setup-deploy", "preview"];
var lifecycleDir = fileURLToPath(
  [new URL("./lifecycles/", import.meta.url), new URL("../../lifecycles/", import.meta.url)].find(
    (dir) => existsSync(new URL("standard.yml", dir))
  ) ?? new URL("../../lifecycles/", import.meta.url)
);
var cache;
function builtinLifecycles() {
  cache ??= new Map(compiled_lifecycles_default.map((lifecycle) => [lifecycle.name, lifecycle]));
  return cache;
}

// src/core/closest-name.ts
function closestName(name, candidates) {
  if (name.length > MAX_NAME_LENGTH) return void 0;
  let best;
  let compared = 0;
  for (const candidate of candidates) {
    if (++compared > MAX_CANDIDATES) return void 0;
    if (candidate === name) continue;
    const limit = Math.min(2, Math.floor(Math.max(name.length, candidate.length) / 3));
    if (Math.abs(name.length - candidate.length) > limit) continue;
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance || distance === best.distance && candidate < best.name)
      best = { name: candidate, distance };
  }
  return best?.name;
}
var MAX_NAME_LENGTH = 64;
var MAX_CANDIDATES = 500;
function suggester(budget = 200) {
  let left = budget;
  return (name, candidates) => left-- > 0 ? closestName(name, candidates) : void 0;
}
function editDistance(a, b, bound = Infinity) {
  let beforePrevious = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, (beforePrevious[j - 2] ?? 0) + 1);
      current[j] = distance;
    }
    if (Math.min(...current) > bound) return bound + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function didYouMean(suggestion) {
  return suggestion === void 0 ? "" : `; did you mean ${JSON.stringify(suggestion)}?`;
}

// src/core/fleet-state.ts
function withInstances(inventory, instances) {
  const changed = new Map(instances.map((i) => [i.id, i]));
  const added = [...changed.values()].filter((i) => inventory.get(i.id) === void 0);
  return {
    size: inventory.size + added.length,
    get: (id) => changed.get(id) ?? inventory.get(id),
    *values() {
      for (const i of inventory.values()) yield changed.get(i.id) ?? i;
      yield* added;
    }
  };
}
var INSTANCE_MESSAGE_LIMIT = 500;
var COMPLETED_VERSIONS_LIMIT = 10;
var INITIAL_FLEET_STATE = { rollout: null, completed: [] };
function fleetPhase(fleet) {
  return fleet.rollout?.phase ?? "unknown";
}
function compareInstanceIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/instance-update.ts
var INSTANCE_UPDATE_STATES = ["not-needed", "needing-update", "in-progress", "completed", "failed"];
function isAssigned(id, rollout) {
  const { assigned } = rollout;
  if (assigned.kind === "none") return false;
  if (assigned.kind === "all") return true;
  return compareInstanceIds(id, assigned.id) <= 0;
}
function instanceUpdateState(instance, fleet, degraded) {
  const { rollout } = fleet;
  if (rollout === null) return "not-needed";
  return updateStateIn(instance, rollout, isAssigned(instance.id, rollout), degraded);
}
function updateStateIn(instance, rollout, assigned, degraded) {
  const atVersion = instance.currentVersion === rollout.version;
  if (!assigned) return atVersion ? "not-needed" : "needing-update";
  if (instance.status === "FAILED") return "failed";
  if (!atVersion) return "in-progress";
  if (instance.status === "HEALTHY") return "completed";
  if (instance.status === "DEGRADED" && degraded === "fail") return "failed";
  return "in-progress";
}
function desiredVersionOf(instance, fleet) {
  const { rollout } = fleet;
  if (rollout !== null && isAssigned(instance.id, rollout)) return rollout.version;
  return instance.currentVersion;
}
function updateNeeded(instance, fleet) {
  const desired = desiredVersionOf(instance, fleet);
  return desired !== null && desired !== instance.currentVersion && instance.status !== "FAILED";
}

// src/core/fleet-batches.ts
function resolveAmount(amount2, total) {
  if (amount2.kind === "count") return amount2.count;
  return Math.max(1, Math.floor((total * amount2.percent + 99) / 100));
}
function countFleet(inventory, fleet, degraded) {
  const byUpdate = Object.fromEntries(INSTANCE_UPDATE_STATES.map((s) => [s, 0]));
  const byStatus = Object.fromEntries(INSTANCE_STATUSES.map((s) => [s, 0]));
  const { rollout } = fleet;
  for (const instance of inventory.values()) {
    byStatus[instance.status]++;
    byUpdate[rollout === null ? "not-needed" : updateStateIn(instance, rollout, isAssigned(instance.id, rollout), degraded)]++;
  }
  return { total: inventory.size, byUpdate, byStatus };
}
function planBatch(inventory, rollout, slots, degraded) {
  const waiting = [...inventory.values()].filter((i) => !isAssigned(i.id, rollout)).sort((a, b) => compareInstanceIds(a.id, b.id));
  const assigned = [];
  const reset = [];
  let left = slots;
  for (const instance of waiting) {
    const fresh = instance.status === "FAILED" ? { ...instance, status: nextInstanceStatus(instance.status, { type: "reset" }) } : instance;
    const takesSlot = updateStateIn(fresh, rollout, true, degraded) === "in-progress";
    if (takesSlot && left === 0) break;
    if (takesSlot) left--;
    assigned.push(instance.id);
    if (fresh !== instance) reset.push(fresh);
  }
  return { assigned, through: assigned.at(-1), reset };
}

// src/core/fleet-record.ts
var FLEET_PROBLEMS_LIMIT = 10;
var INITIAL_FLEET_RECORD = {
  state: INITIAL_FLEET_STATE,
  runId: null,
  generation: 1,
  summary: null
};
function summarizeFleet(inventory, fleet, policy, at) {
  const counts = countFleet(inventory, fleet, policy.degraded);
  const failed = [];
  const degraded = [];
  for (const i of inventory.values()) {
    if (i.status === "FAILED") failed.push({ id: i.id, status: i.status, message: i.message });
    else if (i.status === "DEGRADED") degraded.push({ id: i.id, status: i.status, message: i.message });
  }
  const byId = (a, b) => compareInstanceIds(a.id, b.id);
  const all = [...failed.sort(byId), ...degraded.sort(byId)];
  return {
    at,
    total: counts.total,
    byStatus: counts.byStatus,
    byUpdate: counts.byUpdate,
    problems: all.slice(0, FLEET_PROBLEMS_LIMIT),
    moreProblems: Math.max(0, all.length - FLEET_PROBLEMS_LIMIT)
  };
}

// src/core/fleet-rollout.ts
function startRollout(inventory, fleet, policy, version, at) {
  if (fleet.rollout?.phase === "running")
    return { ok: false, reason: "rollout-in-progress", running: fleet.rollout.version };
  const rollout = {
    kind: "deploy",
    version,
    phase: "running",
    assigned: { kind: "none" },
    batches: 0,
    startedAt: at,
    endedAt: null,
    from: null
  };
  return { ok: true, ...progressRollout(inventory, { ...fleet, rollout }, policy, at) };
}
function progressRollout(inventory, fleet, policy, at) {
  const { rollout } = fleet;
  if (rollout === null || rollout.phase !== "running") return { fleet, decision: { kind: "idle" }, changed: [] };
  const counts = countFleet(inventory, fleet, policy.degraded).byUpdate;
  const threshold = resolveAmount(policy.failureThreshold, inventory.size);
  if (counts.failed >= threshold) {
    const failed = { ...fleet, rollout: { ...rollout, phase: "failed", endedAt: at } };
    const refused = !policy.autoRollback ? "auto-rollback-off" : rollout.kind === "rollback" ? "rollback-failed" : null;
    const step2 = refused ? { fleet: failed, outcome: { ok: false, reason: refused }, changed: [] } : rollbackFrom(inventory, failed, rollout, at);
    const decision = {
      kind: "threshold-crossed",
      version: rollout.version,
      failed: counts.failed,
      threshold,
      rollback: step2.outcome
    };
    return { fleet: step2.fleet, decision, changed: step2.changed };
  }
  if (counts["needing-update"] + counts["in-progress"] + counts.failed === 0) {
    const completed = { ...rollout, phase: "completed", assigned: { kind: "all" }, endedAt: at };
    const versions = [rollout.version, ...fleet.completed.filter((v) => v !== rollout.version)];
    return {
      fleet: { rollout: completed, completed: versions.slice(0, COMPLETED_VERSIONS_LIMIT) },
      decision: { kind: "completed", version: rollout.version },
      changed: []
    };
  }
  if (counts["in-progress"] > 0)
    return { fleet, decision: { kind: "waiting", reason: "batch-in-progress" }, changed: [] };
  const plan = planBatch(inventory, rollout, resolveAmount(policy.batchSize, inventory.size), policy.degraded);
  if (plan.through === void 0)
    return { fleet, decision: { kind: "waiting", reason: "nothing-to-assign" }, changed: [] };
  const batch = rollout.batches + 1;
  return {
    fleet: { ...fleet, rollout: { ...rollout, assigned: { kind: "through", id: plan.through }, batches: batch } },
    decision: { kind: "batch-advanced", batch, assigned: plan.assigned },
    changed: plan.reset
  };
}
function rollbackRollout(inventory, fleet, at) {
  const { rollout } = fleet;
  if (rollout === null) return { fleet, decision: { kind: "rollback-refused", reason: "no-rollout" }, changed: [] };
  const stopped = rollout.phase === "running" ? { ...fleet, rollout: { ...rollout, phase: "failed", endedAt: at } } : fleet;
  const step2 = rollbackFrom(inventory, stopped, rollout, at);
  const decision = step2.outcome.ok ? { kind: "rolled-back", from: rollout.version, to: step2.outcome.to } : { kind: "rollback-refused", reason: step2.outcome.reason };
  return { fleet: step2.fleet, decision, changed: step2.changed };
}
function rollbackFrom(inventory, fleet, abandoned, at) {
  const changed = [...inventory.values()].filter((i) => i.status === "FAILED").sort((a, b) => compareInstanceIds(a.id, b.id)).map((i) => ({ ...i, status: nextInstanceStatus(i.status, { type: "reset" }) }));
  const to = fleet.completed.find((v) => v !== abandoned.version);
  if (to === void 0) return { fleet, outcome: { ok: false, reason: "no-completed-version" }, changed };
  const rollout = {
    kind: "rollback",
    version: to,
    phase: "running",
    assigned: abandoned.assigned,
    batches: abandoned.assigned.kind === "none" ? 0 : 1,
    startedAt: at,
    endedAt: null,
    from: abandoned.version
  };
  return { fleet: { ...fleet, rollout }, outcome: { ok: true, to }, changed };
}

// src/core/fleet-tick.ts
var FLEET_STAGE = "rollout";
function fleetTarget(state) {
  const run = state.run;
  if (run === null) return null;
  const active = state.stages.findLast(
    (s) => s.stage === FLEET_STAGE && s.runId === run.id && (s.status === "dispatching" || s.status === "running")
  );
  if (active === void 0) return null;
  return { runId: run.id, attempt: active.attempt, kind: run.kind, version: run.version };
}
function tickFleet(inventory, record, state, policy, at) {
  const before = record ?? INITIAL_FLEET_RECORD;
  const target = fleetTarget(state);
  const manual = { ...policy, autoRollback: false };
  if (target === null) return unchanged(before, { kind: "idle" });
  if (before.runId !== target.runId) {
    const started = startFor(inventory, before.state, manual, target, at);
    const next2 = {
      ...before,
      state: started.fleet,
      runId: target.runId,
      summary: summarizeFleet(inventory, started.fleet, policy, at)
    };
    return {
      record: next2,
      changed: true,
      decision: { kind: "started", version: target.version, runKind: target.kind },
      resets: started.changed,
      outcome: outcomeOf(next2, target)
    };
  }
  const step2 = progressRollout(inventory, before.state, manual, at);
  if (step2.fleet === before.state) return { ...unchanged(before, step2.decision), outcome: outcomeOf(before, target) };
  const next = {
    ...before,
    state: step2.fleet,
    summary: summarizeFleet(inventory, step2.fleet, policy, at)
  };
  return {
    record: next,
    changed: true,
    decision: step2.decision,
    resets: step2.changed,
    outcome: outcomeOf(next, target)
  };
}
function unchanged(record, decision) {
  return { record, changed: false, decision, resets: [], outcome: null };
}
function startFor(inventory, fleet, policy, target, at) {
  if (target.kind === "rollback" && fleet.rollout !== null) {
    const back = rollbackRollout(inventory, fleet, at);
    if (back.decision.kind === "rolled-back" && back.decision.to === target.version) {
      const reset = withInstances(inventory, back.changed);
      const again = progressRollout(reset, back.fleet, policy, at);
      return { fleet: again.fleet, changed: [...back.changed, ...again.changed] };
    }
  }
  const stopped = fleet.rollout?.phase === "running" ? { ...fleet, rollout: { ...fleet.rollout, phase: "failed", endedAt: at } } : fleet;
  const started = startRollout(inventory, stopped, policy, target.version, at);
  if (!started.ok) return { fleet: stopped, changed: [] };
  const rollout = started.fleet.rollout;
  const fleetAfter = target.kind === "rollback" && rollout !== null ? { ...started.fleet, rollout: { ...rollout, kind: "rollback", from: fleet.rollout?.version ?? null } } : started.fleet;
  return { fleet: fleetAfter, changed: started.changed };
}
function outcomeOf(record, target) {
  const fleet = record.state;
  const rollout = fleet.rollout;
  if (rollout === null || rollout.version !== target.version) return null;
  const phase = fleetPhase(fleet);
  if (phase === "completed")
    return { type: "stage.succeeded", target, message: `every instance runs ${rollout.version}` };
  if (phase === "failed") return { type: "stage.failed", target, message: failureMessage(record, rollout.version) };
  return null;
}
function failureMessage(record, version) {
  const summary = record.summary;
  const first = summary?.problems.find((p) => p.status === "FAILED") ?? summary?.problems[0];
  const count = summary ? `${summary.byUpdate.failed} of ${summary.total} instances failed` : "instances failed";
  const why = first ? `; ${first.id}: ${first.message ?? first.status}` : "";
  return `the failure threshold was crossed rolling out ${version}: ${count}${why}`;
}

// src/manifest/manifest-checks.ts
var suggesting = (suggestion) => suggestion === void 0 ? {} : { suggestion };
function checkManifest(raw, known) {
  const problems = [...checkDurations(raw)];
  const lifecycle = known.get(raw.lifecycle);
  if (!lifecycle) {
    const names = [...known.keys()].sort().join(", ");
    const suggestion = closestName(raw.lifecycle, known.keys());
    problems.push({
      code: "unknown-lifecycle",
      path: ["lifecycle"],
      message: `unknown lifecycle ${JSON.stringify(raw.lifecycle)}: known lifecycles are ${names}${didYouMean(suggestion)}`,
      atKey: false,
      ...suggesting(suggestion)
    });
    return problems;
  }
  const uses = stageUses(lifecycle);
  problems.push(
    ...missingStages(raw, lifecycle, uses),
    ...unusedStages(raw, lifecycle, uses),
    ...checkStrategy(raw),
    ...unknownTimers(raw, lifecycle)
  );
  return problems;
}
function stageUses(lifecycle) {
  const uses = /* @__PURE__ */ new Map();
  for (const [region, def] of Object.entries(lifecycle.regions)) {
    for (const [state, stateDef] of Object.entries(def.states)) {
      if (stateDef.kind !== "stage" || stateDef.stage === void 0) continue;
      const use = { region, state, optional: stateDef.optional === true, dispatched: stateDef.dispatch === "type" };
      uses.set(stateDef.stage, [...uses.get(stateDef.stage) ?? [], use]);
    }
  }
  return uses;
}
function missingStages(raw, lifecycle, uses) {
  const defined2 = raw.stages ?? {};
  const problems = [];
  for (const [stage2, list] of uses) {
    if (stage2 === FLEET_STAGE && raw.strategy?.fleet === true) continue;
    const typed = raw.type === void 0 ? void 0 : `${raw.type}.${stage2}`;
    const unmet = list.find(
      (u) => !u.optional && !(stage2 in defined2) && !(u.dispatched && typed !== void 0 && typed in defined2)
    );
    if (!unmet) continue;
    const alternative = unmet.dispatched ? typed ? ` (or ${JSON.stringify(typed)})` : " (or `<type>." + stage2 + "` with a `type`)" : "";
    problems.push({
      code: "missing-stage",
      path: ["stages"],
      message: `stage ${JSON.stringify(stage2)}${alternative} is required by lifecycle ${lifecycle.name} (state ${unmet.state}) but not defined`,
      atKey: true
    });
  }
  return problems;
}
function unusedStages(raw, lifecycle, uses) {
  const problems = [];
  for (const name of Object.keys(raw.stages ?? {})) {
    const unused = (message, suggestion) => {
      problems.push({
        code: "unused-stage",
        path: ["stages", name],
        message: `stage ${JSON.stringify(name)} is not used: ${message}`,
        atKey: true,
        ...suggesting(suggestion)
      });
    };
    const dot = name.indexOf(".");
    if (dot < 0) {
      if (uses.has(name)) continue;
      const guess = closestName(name, uses.keys());
      unused(
        `lifecycle ${lifecycle.name} runs no such stage${didYouMean(guess)} (its stages: ${[...uses.keys()].sort().join(", ") || "none"})`,
        guess
      );
      continue;
    }
    const type = name.slice(0, dot);
    const stage2 = name.slice(dot + 1);
    if (!uses.get(stage2)?.some((u) => u.dispatched)) {
      unused(`lifecycle ${lifecycle.name} has no type-dispatched stage ${JSON.stringify(stage2)}`);
    } else if (raw.type !== type) {
      unused(
        raw.type === void 0 ? `it is for type ${type}, and the manifest has no \`type\`` : `it is for type ${type}, but the manifest's type is ${raw.type}`
      );
    }
  }
  return problems;
}
function checkStrategy(raw) {
  const strategy = raw.strategy;
  if (!strategy) return [];
  if (raw.lifecycle !== "rolling" && BUILTIN_LIFECYCLES.includes(raw.lifecycle)) {
    return [
      {
        code: "strategy-not-used",
        path: ["strategy"],
        message: `strategy is only for rolling lifecycles; lifecycle ${raw.lifecycle} does not use it`,
        atKey: true
      }
    ];
  }
  const count = typeof strategy.instances === "number" ? strategy.instances : strategy.instances?.length;
  const threshold = strategy.failureThreshold;
  if (count !== void 0 && typeof threshold === "number" && threshold > count) {
    return [
      {
        code: "threshold",
        path: ["strategy", "failureThreshold"],
        message: `failureThreshold ${threshold} is more than the ${count} instance${count === 1 ? "" : "s"}, so a rollout could never fail`,
        atKey: false
      }
    ];
  }
  return [];
}
function unknownTimers(raw, lifecycle) {
  const scheduled = /* @__PURE__ */ new Set();
  for (const region of Object.values(lifecycle.regions)) {
    for (const state of Object.values(region.states))
      for (const action of state.entry ?? []) if ("schedule" in action) scheduled.add(action.schedule);
  }
  const list = [...scheduled].sort().join(", ") || "none";
  return Object.keys(raw.timers ?? {}).filter((name) => !scheduled.has(name)).map((name) => {
    const suggestion = closestName(name, scheduled);
    return {
      code: "unknown-timer",
      path: ["timers", name],
      message: `timer ${JSON.stringify(name)} is not scheduled by lifecycle ${lifecycle.name} (it schedules: ${list})${didYouMean(suggestion)}`,
      atKey: true,
      ...suggesting(suggestion)
    };
  });
}
function checkDurations(raw) {
  const found = [];
  for (const [name, value] of Object.entries(raw.timers ?? {})) found.push({ path: ["timers", name], value });
  (raw.healthChecks ?? []).forEach((check, i) => {
    found.push(
      { path: ["healthChecks", i, "interval"], value: check.interval },
      { path: ["healthChecks", i, "timeout"], value: check.timeout }
    );
  });
  for (const [name, stage2] of Object.entries(raw.stages ?? {})) {
    found.push(
      { path: ["stages", name, "timeout"], value: stage2.timeout },
      { path: ["stages", name, "approvalTimeout"], value: stage2.approvalTimeout }
    );
    stage2.steps.forEach((step2, i) => {
      const at = ["stages", name, "steps", i];
      if ("http-check" in step2) {
        found.push(
          { path: [...at, "http-check", "interval"], value: step2["http-check"].interval },
          { path: [...at, "http-check", "timeout"], value: step2["http-check"].timeout }
        );
      } else if ("timeout" in step2) {
        found.push({ path: [...at, "timeout"], value: step2.timeout });
      }
    });
  }
  return found.filter((d) => d.value !== void 0 && parseDuration(d.value) === 0).map((d) => ({
    code: "duration",
    path: d.path,
    message: `duration ${JSON.stringify(d.value)} must be longer than 0s`,
    atKey: false
  }));
}

// src/manifest/manifest.ts
var DEFAULT_RUNS_ON = "ubuntu-latest";
var HTTP_CHECK_DEFAULTS = { expectStatus: 200, retries: 0, intervalSeconds: 5, timeoutSeconds: 10 };

// src/manifest/compiled-schemas.js
var runtime0 = __toESM(require_ucs2length(), 1);
var runtime1 = __toESM(require_equal(), 1);
var runtime2 = __toESM(require_formats(), 1);
var defaultOf = (ns) => ns.default?.__esModule ? ns.default.default : ns.default;
var validator0 = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/ferry/ferry/raw/v0/schemas/lifecycle.schema.json", "title": "ferry lifecycle", "description": "A deployment lifecycle: a state machine as data. Either `initial` + `states`, or `regions` that run side by side.", "type": "object", "additionalProperties": false, "required": ["name", "description", "concurrency"], "properties": { "$schema": { "type": "string" }, "name": { "$ref": "#/$defs/name" }, "description": { "type": "string", "minLength": 1 }, "concurrency": { "enum": ["queue", "reject", "supersede"], "description": "What a trigger that arrives while the deployment is busy does." }, "events": { "description": "Events of the lifecycle's own (e.g. a canary's `promote`), sent by the label `ferry:<event>`, a check-run button, `ferry send <deployment> <event>`; states handle them in `on` like built-in events.", "type": "array", "items": { "$ref": "#/$defs/eventDecl" } }, "on": { "$ref": "#/$defs/handlers", "description": "Lifecycle-wide handlers, used by any state that has none of its own for the event." }, "initial": { "$ref": "#/$defs/name" }, "states": { "$ref": "#/$defs/states" }, "regions": { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/region" } } }, "$defs": { "name": { "title": "lowercase letters, digits, `_` and `-`, starting with a letter", "examples": ["deploying", "health_check"], "type": "string", "pattern": "^[a-z][a-z0-9_-]*$", "maxLength": 64 }, "eventName": { "title": "an event name", "examples": ["deploy", "stage.succeeded", "timer.pause-after"], "type": "string", "pattern": "^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$", "maxLength": 100 }, "declaredEventName": { "title": "an event name of at most 20 lowercase letters, digits, `_` and `-`, starting with a letter", "examples": ["promote", "abort"], "type": "string", "pattern": "^[a-z][a-z0-9_-]*$", "maxLength": 20 }, "eventDecl": { "description": "An event name, or the name with a description (shown on its check-run button).", "type": ["string", "object"], "if": { "type": "string" }, "then": { "$ref": "#/$defs/declaredEventName" }, "else": { "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/$defs/declaredEventName" }, "description": { "type": "string", "minLength": 1 } } } }, "region": { "type": "object", "additionalProperties": false, "required": ["initial", "states"], "properties": { "description": { "type": "string" }, "initial": { "$ref": "#/$defs/name" }, "states": { "$ref": "#/$defs/states" } } }, "states": { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/state" } }, "state": { "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "enum": ["transient", "stage", "wait", "steady", "final", "failed"] }, "description": { "type": "string" }, "stage": { "$ref": "#/$defs/name" }, "optional": { "type": "boolean" }, "dispatch": { "const": "type" }, "timeout": { "$ref": "#/$defs/duration" }, "report": { "enum": ["queued", "in_progress", "success", "failure", "neutral", "action_required"] }, "concurrency": { "enum": ["queue", "reject", "supersede"], "description": "Overrides the lifecycle's concurrency policy while the deployment is in this state." }, "entry": { "type": "array", "items": { "$ref": "#/$defs/entryAction" } }, "on": { "$ref": "#/$defs/handlers" }, "always": { "$ref": "#/$defs/transitionList" } }, "allOf": [{ "if": { "properties": { "kind": { "const": "stage" } }, "required": ["kind"] }, "then": { "required": ["stage"] }, "else": { "properties": { "stage": false, "optional": false, "dispatch": false, "timeout": false } } }, { "if": { "properties": { "kind": { "const": "transient" } }, "required": ["kind"] }, "then": { "required": ["always"] } }, { "if": { "properties": { "kind": { "const": "final" } }, "required": ["kind"] }, "then": { "properties": { "on": false, "always": false } } }] }, "duration": { "title": "a duration", "examples": ["90s", "30m", "2h", "1d12h"], "type": "string", "pattern": "^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", "minLength": 2 }, "entryAction": { "type": "object", "if": { "required": ["schedule"] }, "then": { "additionalProperties": false, "properties": { "schedule": { "$ref": "#/$defs/name" }, "after": { "$ref": "#/$defs/duration" } } }, "else": { "if": { "required": ["cancel"] }, "then": { "additionalProperties": false, "properties": { "cancel": { "$ref": "#/$defs/name" } } }, "else": { "additionalProperties": false, "required": ["raise"], "properties": { "raise": { "$ref": "#/$defs/eventName" } } } } }, "handlers": { "type": "object", "propertyNames": { "$ref": "#/$defs/eventName" }, "additionalProperties": { "$ref": "#/$defs/transitionRef" } }, "transitionRef": { "description": "A target state name, one transition, or an ordered list of guarded transitions (the first whose guard holds wins).", "type": ["string", "object", "array"], "if": { "type": "string" }, "then": { "$ref": "#/$defs/target" }, "else": { "if": { "type": "array" }, "then": { "$ref": "#/$defs/transitionList" }, "else": { "$ref": "#/$defs/transition" } } }, "transitionList": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/transition" } }, "target": { "title": "a state name or `$previous`", "examples": ["running", "$previous"], "type": "string", "pattern": "^([a-z][a-z0-9_-]*|\\$previous)$" }, "transition": { "type": "object", "additionalProperties": false, "properties": { "target": { "$ref": "#/$defs/target" }, "guard": { "type": "string", "minLength": 1 }, "start": { "enum": ["run", "rollback", "retry"] }, "error": { "type": "boolean" }, "description": { "type": "string" } } } }, "if": { "required": ["regions"] }, "then": { "properties": { "initial": false, "states": false } }, "else": { "required": ["initial", "states"] } };
var schema32 = { "title": "lowercase letters, digits, `_` and `-`, starting with a letter", "examples": ["deploying", "health_check"], "type": "string", "pattern": "^[a-z][a-z0-9_-]*$", "maxLength": 64 };
var func1 = Object.prototype.hasOwnProperty;
var func2 = defaultOf(runtime0);
var pattern4 = new RegExp("^[a-z][a-z0-9_-]*$", "u");
var schema33 = { "description": "An event name, or the name with a description (shown on its check-run button).", "type": ["string", "object"], "if": { "type": "string" }, "then": { "$ref": "#/$defs/declaredEventName" }, "else": { "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/$defs/declaredEventName" }, "description": { "type": "string", "minLength": 1 } } } };
var schema34 = { "title": "an event name of at most 20 lowercase letters, digits, `_` and `-`, starting with a letter", "examples": ["promote", "abort"], "type": "string", "pattern": "^[a-z][a-z0-9_-]*$", "maxLength": 20 };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema33.type }, message: "must be string,object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (typeof data !== "string") {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    if (typeof data === "string") {
      if (func2(data) > 20) {
        const err2 = { instancePath, schemaPath: "#/$defs/declaredEventName/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!pattern4.test(data)) {
        const err3 = { instancePath, schemaPath: "#/$defs/declaredEventName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/$defs/declaredEventName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.name === void 0) {
        const err5 = { instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.else.required, parentSchema: schema33.else, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "name" || key0 === "description")) {
          const err6 = { instancePath, schemaPath: "#/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.else, data };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.name !== void 0) {
        let data0 = data.name;
        if (typeof data0 === "string") {
          if (func2(data0) > 20) {
            const err7 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/declaredEventName/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: schema34, data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (!pattern4.test(data0)) {
            const err8 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/declaredEventName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema34, data: data0 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/declaredEventName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.description !== void 0) {
        let data1 = data.description;
        if (typeof data1 === "string") {
          if (func2(data1) < 1) {
            const err10 = { instancePath: instancePath + "/description", schemaPath: "#/else/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.else.properties.description, data: data1 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        } else {
          const err11 = { instancePath: instancePath + "/description", schemaPath: "#/else/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.else.properties.description.type, parentSchema: schema33.else.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs7 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err12 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema33.if, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate21.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate21.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema36 = { "type": "object", "propertyNames": { "$ref": "#/$defs/eventName" }, "additionalProperties": { "$ref": "#/$defs/transitionRef" } };
var schema37 = { "title": "an event name", "examples": ["deploy", "stage.succeeded", "timer.pause-after"], "type": "string", "pattern": "^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$", "maxLength": 100 };
var pattern7 = new RegExp("^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$", "u");
var schema38 = { "description": "A target state name, one transition, or an ordered list of guarded transitions (the first whose guard holds wins).", "type": ["string", "object", "array"], "if": { "type": "string" }, "then": { "$ref": "#/$defs/target" }, "else": { "if": { "type": "array" }, "then": { "$ref": "#/$defs/transitionList" }, "else": { "$ref": "#/$defs/transition" } } };
var schema39 = { "title": "a state name or `$previous`", "examples": ["running", "$previous"], "type": "string", "pattern": "^([a-z][a-z0-9_-]*|\\$previous)$" };
var pattern8 = new RegExp("^([a-z][a-z0-9_-]*|\\$previous)$", "u");
var schema40 = { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/transition" } };
var schema41 = { "type": "object", "additionalProperties": false, "properties": { "target": { "$ref": "#/$defs/target" }, "guard": { "type": "string", "minLength": 1 }, "start": { "enum": ["run", "rollback", "retry"] }, "error": { "type": "boolean" }, "description": { "type": "string" } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "target" || key0 === "guard" || key0 === "start" || key0 === "error" || key0 === "description")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (!pattern8.test(data0)) {
          const err1 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/target/pattern", keyword: "pattern", params: { pattern: "^([a-z][a-z0-9_-]*|\\$previous)$" }, message: 'must match pattern "^([a-z][a-z0-9_-]*|\\$previous)$"', schema: "^([a-z][a-z0-9_-]*|\\$previous)$", parentSchema: schema39, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.guard !== void 0) {
      let data1 = data.guard;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err3 = { instancePath: instancePath + "/guard", schemaPath: "#/properties/guard/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.guard, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/guard", schemaPath: "#/properties/guard/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.guard.type, parentSchema: schema41.properties.guard, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data2 = data.start;
      if (!(data2 === "run" || data2 === "rollback" || data2 === "retry")) {
        const err5 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/enum", keyword: "enum", params: { allowedValues: schema41.properties.start.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.start.enum, parentSchema: schema41.properties.start, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.error !== void 0) {
      let data3 = data.error;
      if (typeof data3 !== "boolean") {
        const err6 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.error.type, parentSchema: schema41.properties.error, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (typeof data4 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.description.type, parentSchema: schema41.properties.description, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate26(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if ((!data || typeof data != "object") && typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema38.type }, message: "must be string,object,array", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (typeof data !== "string") {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    if (typeof data === "string") {
      if (!pattern8.test(data)) {
        const err2 = { instancePath, schemaPath: "#/$defs/target/pattern", keyword: "pattern", params: { pattern: "^([a-z][a-z0-9_-]*|\\$previous)$" }, message: 'must match pattern "^([a-z][a-z0-9_-]*|\\$previous)$"', schema: "^([a-z][a-z0-9_-]*|\\$previous)$", parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/$defs/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs7 = errors;
    const _errs8 = errors;
    let valid2 = true;
    const _errs9 = errors;
    if (!Array.isArray(data)) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid1 = _errs9 === errors;
    errors = _errs8;
    if (vErrors !== null) {
      if (_errs8) {
        vErrors.length = _errs8;
      } else {
        vErrors = null;
      }
    }
    let ifClause1;
    if (_valid1) {
      const _errs11 = errors;
      if (!validate25(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs11 === errors;
      valid2 = _valid1;
      if (valid2) {
        var items0 = true;
      }
      ifClause1 = "then";
    } else {
      const _errs12 = errors;
      if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs12 === errors;
      valid2 = _valid1;
      if (valid2) {
        var props0 = true;
      }
      ifClause1 = "else";
    }
    if (!valid2) {
      const err5 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema38.else.if, parentSchema: schema38.else, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs7 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err6 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema38.if, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate24.errors = vErrors;
  evaluated0.props = props0;
  evaluated0.items = items0;
  return errors === 0;
}
validate24.evaluated = { "dynamicProps": true, "dynamicItems": true };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func2(key0) > 100) {
          const err0 = { instancePath, schemaPath: "#/$defs/eventName/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (!pattern7.test(key0)) {
          const err1 = { instancePath, schemaPath: "#/$defs/eventName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$"', schema: "^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/$defs/eventName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema36.propertyNames, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate24(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema44 = { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/state" } };
var schema46 = { "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "enum": ["transient", "stage", "wait", "steady", "final", "failed"] }, "description": { "type": "string" }, "stage": { "$ref": "#/$defs/name" }, "optional": { "type": "boolean" }, "dispatch": { "const": "type" }, "timeout": { "$ref": "#/$defs/duration" }, "report": { "enum": ["queued", "in_progress", "success", "failure", "neutral", "action_required"] }, "concurrency": { "enum": ["queue", "reject", "supersede"], "description": "Overrides the lifecycle's concurrency policy while the deployment is in this state." }, "entry": { "type": "array", "items": { "$ref": "#/$defs/entryAction" } }, "on": { "$ref": "#/$defs/handlers" }, "always": { "$ref": "#/$defs/transitionList" } }, "allOf": [{ "if": { "properties": { "kind": { "const": "stage" } }, "required": ["kind"] }, "then": { "required": ["stage"] }, "else": { "properties": { "stage": false, "optional": false, "dispatch": false, "timeout": false } } }, { "if": { "properties": { "kind": { "const": "transient" } }, "required": ["kind"] }, "then": { "required": ["always"] } }, { "if": { "properties": { "kind": { "const": "final" } }, "required": ["kind"] }, "then": { "properties": { "on": false, "always": false } } }] };
var schema48 = { "title": "a duration", "examples": ["90s", "30m", "2h", "1d12h"], "type": "string", "pattern": "^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", "minLength": 2 };
var pattern13 = new RegExp("^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", "u");
var schema49 = { "type": "object", "if": { "required": ["schedule"] }, "then": { "additionalProperties": false, "properties": { "schedule": { "$ref": "#/$defs/name" }, "after": { "$ref": "#/$defs/duration" } } }, "else": { "if": { "required": ["cancel"] }, "then": { "additionalProperties": false, "properties": { "cancel": { "$ref": "#/$defs/name" } } }, "else": { "additionalProperties": false, "required": ["raise"], "properties": { "raise": { "$ref": "#/$defs/eventName" } } } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.schedule === void 0 && (missing0 = "schedule")) {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!(key0 === "schedule" || key0 === "after")) {
          const err2 = { instancePath, schemaPath: "#/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.then, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.schedule !== void 0) {
        let data0 = data.schedule;
        if (typeof data0 === "string") {
          if (func2(data0) > 64) {
            const err3 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema32, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (!pattern4.test(data0)) {
            const err4 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema32, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.after !== void 0) {
        let data1 = data.after;
        if (typeof data1 === "string") {
          if (func2(data1) < 2) {
            const err6 = { instancePath: instancePath + "/after", schemaPath: "#/$defs/duration/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema48, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (!pattern13.test(data1)) {
            const err7 = { instancePath: instancePath + "/after", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema48, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = { instancePath: instancePath + "/after", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs11 = errors;
    const _errs12 = errors;
    let valid4 = true;
    const _errs13 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.cancel === void 0 && (missing1 = "cancel")) {
        const err9 = {};
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    var _valid1 = _errs13 === errors;
    errors = _errs12;
    if (vErrors !== null) {
      if (_errs12) {
        vErrors.length = _errs12;
      } else {
        vErrors = null;
      }
    }
    let ifClause1;
    if (_valid1) {
      const _errs14 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key1 in data) {
          if (!(key1 === "cancel")) {
            const err10 = { instancePath, schemaPath: "#/else/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.else.then, data };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.cancel !== void 0) {
          let data2 = data.cancel;
          if (typeof data2 === "string") {
            if (func2(data2) > 64) {
              const err11 = { instancePath: instancePath + "/cancel", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema32, data: data2 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (!pattern4.test(data2)) {
              const err12 = { instancePath: instancePath + "/cancel", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema32, data: data2 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/cancel", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data2 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      }
      var _valid1 = _errs14 === errors;
      valid4 = _valid1;
      if (valid4) {
        var props1 = true;
      }
      ifClause1 = "then";
    } else {
      const _errs19 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.raise === void 0) {
          const err14 = { instancePath, schemaPath: "#/else/else/required", keyword: "required", params: { missingProperty: "raise" }, message: "must have required property 'raise'", schema: schema49.else.else.required, parentSchema: schema49.else.else, data };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key2 in data) {
          if (!(key2 === "raise")) {
            const err15 = { instancePath, schemaPath: "#/else/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.else.else, data };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.raise !== void 0) {
          let data3 = data.raise;
          if (typeof data3 === "string") {
            if (func2(data3) > 100) {
              const err16 = { instancePath: instancePath + "/raise", schemaPath: "#/$defs/eventName/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema37, data: data3 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern7.test(data3)) {
              const err17 = { instancePath: instancePath + "/raise", schemaPath: "#/$defs/eventName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$"', schema: "^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$", parentSchema: schema37, data: data3 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/raise", schemaPath: "#/$defs/eventName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data3 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      }
      var _valid1 = _errs19 === errors;
      valid4 = _valid1;
      if (valid4) {
        if (props1 !== true) {
          props1 = true;
        }
      }
      ifClause1 = "else";
    }
    if (!valid4) {
      const err19 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema49.else.if, parentSchema: schema49.else, data };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    var _valid0 = _errs11 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true && props1 !== void 0) {
        if (props1 === true) {
          props0 = true;
        } else {
          props0 = props0 || {};
          Object.assign(props0, props1);
        }
      }
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err20 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema49.if, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate34.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate34.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.kind === void 0 && (missing0 = "kind")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        if ("stage" !== data.kind) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.stage === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'", schema: schema46.allOf[0].then.required, parentSchema: schema46.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.stage !== void 0) {
        const err3 = { instancePath: instancePath + "/stage", schemaPath: "#/allOf/0/else/properties/stage/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema46.allOf[0].else.properties.stage, data: data.stage };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.optional !== void 0) {
        const err4 = { instancePath: instancePath + "/optional", schemaPath: "#/allOf/0/else/properties/optional/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema46.allOf[0].else.properties.optional, data: data.optional };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.dispatch !== void 0) {
        const err5 = { instancePath: instancePath + "/dispatch", schemaPath: "#/allOf/0/else/properties/dispatch/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema46.allOf[0].else.properties.dispatch, data: data.dispatch };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.timeout !== void 0) {
        const err6 = { instancePath: instancePath + "/timeout", schemaPath: "#/allOf/0/else/properties/timeout/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema46.allOf[0].else.properties.timeout, data: data.timeout };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.stage = true;
      props0.optional = true;
      props0.dispatch = true;
      props0.timeout = true;
      props0.kind = true;
    }
    ifClause0 = "else";
  }
  if (!valid1) {
    const err7 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema46.allOf[0].if, parentSchema: schema46.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  const _errs8 = errors;
  let valid4 = true;
  const _errs9 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.kind === void 0 && (missing1 = "kind")) {
      const err8 = {};
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        if ("transient" !== data.kind) {
          const err9 = {};
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs9 === errors;
  errors = _errs8;
  if (vErrors !== null) {
    if (_errs8) {
      vErrors.length = _errs8;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs11 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.always === void 0) {
        const err10 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "always" }, message: "must have required property 'always'", schema: schema46.allOf[1].then.required, parentSchema: schema46.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    var _valid1 = _errs11 === errors;
    valid4 = _valid1;
  }
  if (!valid4) {
    const err11 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema46.allOf[1].if, parentSchema: schema46.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  if (props0 !== true) {
    props0 = props0 || {};
    props0.kind = true;
  }
  const _errs13 = errors;
  let valid6 = true;
  const _errs14 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.kind === void 0 && (missing2 = "kind")) {
      const err12 = {};
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        if ("final" !== data.kind) {
          const err13 = {};
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs14 === errors;
  errors = _errs13;
  if (vErrors !== null) {
    if (_errs13) {
      vErrors.length = _errs13;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs16 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.on !== void 0) {
        const err14 = { instancePath: instancePath + "/on", schemaPath: "#/allOf/2/then/properties/on/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema46.allOf[2].then.properties.on, data: data.on };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (data.always !== void 0) {
        const err15 = { instancePath: instancePath + "/always", schemaPath: "#/allOf/2/then/properties/always/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema46.allOf[2].then.properties.always, data: data.always };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    var _valid2 = _errs16 === errors;
    valid6 = _valid2;
    if (valid6) {
      var props1 = {};
      props1.on = true;
      props1.always = true;
      props1.kind = true;
    }
  }
  if (!valid6) {
    const err16 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema46.allOf[2].if, parentSchema: schema46.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema46.properties, key0)) {
        const err18 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data9 = data.kind;
      if (!(data9 === "transient" || data9 === "stage" || data9 === "wait" || data9 === "steady" || data9 === "final" || data9 === "failed")) {
        const err19 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema46.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema46.properties.kind.enum, parentSchema: schema46.properties.kind, data: data9 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data10 = data.description;
      if (typeof data10 !== "string") {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.description.type, parentSchema: schema46.properties.description, data: data10 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      let data11 = data.stage;
      if (typeof data11 === "string") {
        if (func2(data11) > 64) {
          const err21 = { instancePath: instancePath + "/stage", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema32, data: data11 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (!pattern4.test(data11)) {
          const err22 = { instancePath: instancePath + "/stage", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema32, data: data11 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/stage", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data11 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data12 = data.optional;
      if (typeof data12 !== "boolean") {
        const err24 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema46.properties.optional.type, parentSchema: schema46.properties.optional, data: data12 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.dispatch !== void 0) {
      let data13 = data.dispatch;
      if ("type" !== data13) {
        const err25 = { instancePath: instancePath + "/dispatch", schemaPath: "#/properties/dispatch/const", keyword: "const", params: { allowedValue: "type" }, message: "must be equal to constant", schema: "type", parentSchema: schema46.properties.dispatch, data: data13 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data14 = data.timeout;
      if (typeof data14 === "string") {
        if (func2(data14) < 2) {
          const err26 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema48, data: data14 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!pattern13.test(data14)) {
          const err27 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema48, data: data14 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data14 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data15 = data.report;
      if (!(data15 === "queued" || data15 === "in_progress" || data15 === "success" || data15 === "failure" || data15 === "neutral" || data15 === "action_required")) {
        const err29 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/enum", keyword: "enum", params: { allowedValues: schema46.properties.report.enum }, message: "must be equal to one of the allowed values", schema: schema46.properties.report.enum, parentSchema: schema46.properties.report, data: data15 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.concurrency !== void 0) {
      let data16 = data.concurrency;
      if (!(data16 === "queue" || data16 === "reject" || data16 === "supersede")) {
        const err30 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/enum", keyword: "enum", params: { allowedValues: schema46.properties.concurrency.enum }, message: "must be equal to one of the allowed values", schema: schema46.properties.concurrency.enum, parentSchema: schema46.properties.concurrency, data: data16 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.entry !== void 0) {
      let data17 = data.entry;
      if (Array.isArray(data17)) {
        const len0 = data17.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate34(data17[i0], { instancePath: instancePath + "/entry/" + i0, parentData: data17, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/entry", schemaPath: "#/properties/entry/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.entry.type, parentSchema: schema46.properties.entry, data: data17 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.on !== void 0) {
      if (!validate23(data.on, { instancePath: instancePath + "/on", parentData: data, parentDataProperty: "on", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.always !== void 0) {
      if (!validate25(data.always, { instancePath: instancePath + "/always", parentData: data, parentDataProperty: "always", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func2(key0) > 64) {
          const err1 = { instancePath, schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema32, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern4.test(key0)) {
          const err2 = { instancePath, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema32, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema44.propertyNames, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate33(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema55 = { "type": "object", "additionalProperties": false, "required": ["initial", "states"], "properties": { "description": { "type": "string" }, "initial": { "$ref": "#/$defs/name" }, "states": { "$ref": "#/$defs/states" } } };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.initial === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "initial" }, message: "must have required property 'initial'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.states === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "states" }, message: "must have required property 'states'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "description" || key0 === "initial" || key0 === "states")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.description.type, parentSchema: schema55.properties.description, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.initial !== void 0) {
      let data1 = data.initial;
      if (typeof data1 === "string") {
        if (func2(data1) > 64) {
          const err4 = { instancePath: instancePath + "/initial", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema32, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err5 = { instancePath: instancePath + "/initial", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema32, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/initial", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.states !== void 0) {
      if (!validate32(data.states, { instancePath: instancePath + "/states", parentData: data, parentDataProperty: "states", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.regions === void 0 && (missing0 = "regions")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.initial !== void 0) {
        const err1 = { instancePath: instancePath + "/initial", schemaPath: "#/then/properties/initial/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema31.then.properties.initial, data: data.initial };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.states !== void 0) {
        const err2 = { instancePath: instancePath + "/states", schemaPath: "#/then/properties/states/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema31.then.properties.states, data: data.states };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.initial = true;
      props0.states = true;
    }
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.initial === void 0) {
        const err3 = { instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "initial" }, message: "must have required property 'initial'", schema: schema31.else.required, parentSchema: schema31.else, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.states === void 0) {
        const err4 = { instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "states" }, message: "must have required property 'states'", schema: schema31.else.required, parentSchema: schema31.else, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema31.if, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.concurrency === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "concurrency" }, message: "must have required property 'concurrency'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data2 = data.$schema;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 === "string") {
        if (func2(data3) > 64) {
          const err11 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema32, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern4.test(data3)) {
          const err12 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema32, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err14 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.description, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.concurrency !== void 0) {
      let data5 = data.concurrency;
      if (!(data5 === "queue" || data5 === "reject" || data5 === "supersede")) {
        const err16 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/enum", keyword: "enum", params: { allowedValues: schema31.properties.concurrency.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.concurrency.enum, parentSchema: schema31.properties.concurrency, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.events !== void 0) {
      let data6 = data.events;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data6[i0], { instancePath: instancePath + "/events/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.events.type, parentSchema: schema31.properties.events, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.on !== void 0) {
      if (!validate23(data.on, { instancePath: instancePath + "/on", parentData: data, parentDataProperty: "on", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.initial !== void 0) {
      let data9 = data.initial;
      if (typeof data9 === "string") {
        if (func2(data9) > 64) {
          const err18 = { instancePath: instancePath + "/initial", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema32, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!pattern4.test(data9)) {
          const err19 = { instancePath: instancePath + "/initial", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema32, data: data9 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/initial", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data9 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.states !== void 0) {
      if (!validate32(data.states, { instancePath: instancePath + "/states", parentData: data, parentDataProperty: "states", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.regions !== void 0) {
      let data11 = data.regions;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (Object.keys(data11).length < 1) {
          const err21 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.regions, data: data11 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key1 in data11) {
          const _errs24 = errors;
          if (typeof key1 === "string") {
            if (func2(key1) > 64) {
              const err22 = { instancePath: instancePath + "/regions", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema32, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (!pattern4.test(key1)) {
              const err23 = { instancePath: instancePath + "/regions", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema32, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/regions", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          var valid7 = _errs24 === errors;
          if (!valid7) {
            const err25 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema31.properties.regions.propertyNames, parentSchema: schema31.properties.regions, data: data11 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        for (const key2 in data11) {
          if (!validate40(data11[key2], { instancePath: instancePath + "/regions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data11, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.regions.type, parentSchema: schema31.properties.regions, data: data11 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validator1 = validate43;
var schema57 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/ferry/ferry/raw/v0/schemas/manifest.schema.json", "title": "ferry deployment manifest", "description": "A deployment: `.ferry/deployments/<name>.yml`. The file name is the deployment name. Names the lifecycle and gives the commands of its stages, the triggers, and the settings the lifecycle's guards and timers read.", "type": "object", "additionalProperties": false, "required": ["lifecycle"], "properties": { "$schema": { "type": "string" }, "lifecycle": { "description": "A built-in lifecycle (standard, rolling, stack-migration, setup-deploy, preview) or one in `.ferry/lifecycles/<name>.yml`.", "title": "a lifecycle name", "examples": ["standard", "rolling"], "type": "string", "pattern": "^[a-z][a-z0-9_-]*$", "maxLength": 64 }, "description": { "type": "string", "minLength": 1 }, "environment": { "description": "The GitHub environment of the stage jobs (their secrets, required reviewers, wait timer and branch policy) and of the deployments ferry records. Default: the deployment name. A preview's is `<environment>-pr-<number>`.", "type": "string", "minLength": 1, "maxLength": 255, "pattern": "^\\S(.*\\S)?$" }, "environment-url": { "description": "Where people open the deployed environment (the site, the service's page): linked from the check run and given to GitHub deployments as their environment URL.", "type": "string", "maxLength": 2048, "pattern": "^https?://\\S+$" }, "runs-on": { "description": "Where the stage jobs run, as GitHub Actions' `runs-on`: a runner label, or a list of labels a runner must all have (self-hosted runners). A stage's own `runs-on` wins. Default `ubuntu-latest`.", "$ref": "#/$defs/runsOn" }, "type": { "description": "The deployment type, for lifecycles with type-dispatched stages: with `type: odoo`, a state running `deploy` runs the stage `odoo.deploy` when it is defined.", "$ref": "#/$defs/name" }, "quick": { "description": "Deploy in place (upsert) instead of a full migration (stack-migration lifecycle). Default false.", "type": "boolean", "default": false }, "triggers": { "$ref": "#/$defs/triggers" }, "concurrency": { "description": "Overrides the lifecycle's policy for a trigger that arrives while the deployment is busy.", "enum": ["queue", "reject", "supersede"] }, "strategy": { "$ref": "#/$defs/strategy" }, "promotion": { "description": "Deploy only versions that reached a state in another deployment of this repository (e.g. production after staging). A trigger of any other version is refused (`not-promoted`); when the other deployment reaches the state with a new version, ferry deploys it here.", "type": "object", "additionalProperties": false, "required": ["from"], "properties": { "from": { "description": "The deployment whose state decides (`.ferry/deployments/<from>.yml`).", "title": "a deployment name", "examples": ["staging"], "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$" }, "state": { "description": "The state of that deployment's lifecycle the version must have reached (e.g. `running`). Default: any version it recorded good (its last 10).", "$ref": "#/$defs/name" } } }, "timers": { "description": "Durations of the timers the lifecycle schedules, by timer name (the preview lifecycle's `pause-after` and `drop-after`).", "type": "object", "propertyNames": { "$ref": "#/$defs/name" }, "properties": { "pause-after": { "description": "Pause a deployed preview after this long.", "$ref": "#/$defs/duration" }, "drop-after": { "description": "Drop a deployed or paused preview after this long (only with `scope.allowDrop`).", "$ref": "#/$defs/duration" } }, "additionalProperties": { "$ref": "#/$defs/duration" } }, "scope": { "type": "object", "additionalProperties": false, "properties": { "allowDrop": { "description": "Whether drop (label, timer, removed manifest) may destroy this deployment. Default false.", "type": "boolean", "default": false } } }, "env": { "description": "Environment variables for every stage.", "$ref": "#/$defs/env" }, "secrets": { "description": "Names of the secrets the stages need: a stage job takes these and every `{ secret: NAME }` it reads from the Action's `secrets` input (`${{ toJSON(secrets) }}`, the job environment's secrets) and nothing else, masks them in the job log, and ferry redacts them from logs, comments and check runs.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/secretName" } }, "healthChecks": { "description": "HTTP checks that say whether the deployment is healthy.", "type": "array", "items": { "$ref": "#/$defs/healthCheck" } }, "stages": { "description": "The commands of each stage the lifecycle runs, by stage name; `<type>.<stage>` for a type-specific variant.", "type": "object", "propertyNames": { "$ref": "#/$defs/stageName" }, "additionalProperties": { "$ref": "#/$defs/stage" } } }, "$defs": { "name": { "title": "lowercase letters, digits, `_` and `-`, starting with a letter", "examples": ["odoo", "drop-after"], "type": "string", "pattern": "^[a-z][a-z0-9_-]*$", "maxLength": 64 }, "fleetAmount": { "description": "A count of instances (at least 1), or a whole percentage of them from 1% to 100%.", "type": ["integer", "string"], "if": { "type": "integer" }, "then": { "minimum": 1 }, "else": { "title": "a count or a percentage from 1% to 100%", "examples": [2, "25%"], "pattern": "^(?:100|[1-9][0-9]?)%$" } }, "stageName": { "title": "a stage name, or `<type>.<stage>`", "examples": ["deploy", "odoo.deploy"], "type": "string", "pattern": "^([a-z][a-z0-9_-]*\\.)?[a-z][a-z0-9_-]*$", "maxLength": 129 }, "duration": { "title": "a duration", "examples": ["90s", "30m", "2h", "1d12h"], "type": "string", "pattern": "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, "envName": { "title": "an environment variable name", "examples": ["DATABASE_URL"], "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "secretName": { "title": "a secret name", "examples": ["DATABASE_PASSWORD"], "description": "GitHub secret names: letters, digits and underscores, not starting with a digit or GITHUB_.", "type": "string", "pattern": "^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$" }, "runnerLabel": { "title": "a runner label", "examples": ["ubuntu-latest", "self-hosted"], "type": "string", "minLength": 1, "pattern": "^\\S(.*\\S)?$" }, "runsOn": { "description": "A runner label, or a non-empty list of labels a runner must all have.", "type": ["string", "array"], "if": { "type": "string" }, "then": { "$ref": "#/$defs/runnerLabel" }, "else": { "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/runnerLabel" } } }, "env": { "type": "object", "propertyNames": { "$ref": "#/$defs/envName" }, "additionalProperties": { "$ref": "#/$defs/envValue" } }, "envValue": { "description": "A literal string, or `{ secret: NAME }` for a secret's value (redacted wherever it would be shown).", "type": ["string", "object"], "if": { "type": "object" }, "then": { "additionalProperties": false, "required": ["secret"], "properties": { "secret": { "$ref": "#/$defs/secretName" } } } }, "url": { "title": "an http or https URL", "type": "string", "format": "uri", "pattern": "^https?://" }, "relativePath": { "title": "a relative path inside the checkout", "examples": ["dist/app.tar.gz"], "type": "string", "minLength": 1, "pattern": "^(?![/\\\\])(?![A-Za-z]:)(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$" }, "triggers": { "description": "What starts a run by itself.", "type": "object", "additionalProperties": false, "properties": { "branches": { "description": "Branches whose merges and pushes deploy. Default: the repository's default branch.", "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "paths": { "description": "Globs: only changes to matching files trigger (and PR labels act on this deployment). Default: every file.", "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "pullRequests": { "description": "Deploy pull requests as previews. Default false.", "type": "boolean", "default": false } } }, "strategy": { "description": "Rolling deployments: which instances, how many at a time, how many failures abort.", "type": "object", "additionalProperties": false, "properties": { "instances": { "description": "Instance ids, or how many instances there are.", "type": ["array", "integer"], "if": { "type": "array" }, "then": { "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "else": { "minimum": 1 } }, "batchSize": { "description": "Instances updated at the same time: a count, or a percentage of the instances (rounded up, at least 1). The next batch starts when no instance of the current one is still updating. Default 1.", "$ref": "#/$defs/fleetAmount", "default": 1 }, "failureThreshold": { "description": "Failed instances that fail the rollout: a count, or a percentage of the instances (rounded up, at least 1, so `25%` of 10 fails at the third failure). Default 1.", "$ref": "#/$defs/fleetAmount", "default": 1 }, "degraded": { "description": "What an instance that reports DEGRADED on the new version does: `block` keeps its batch from finishing and the rollout from completing until it recovers or fails; `fail` counts it as failed. Default block.", "enum": ["block", "fail"], "default": "block" }, "autoRollback": { "description": "Roll back to the previous completed version by itself when a rollout fails. Default true.", "type": "boolean", "default": true }, "fleet": { "description": "The rollout stage is the fleet: instances running `ferry agent` register and heartbeat over ferry's API, and ferry updates them batch by batch (docs/fleet.md). The `rollout` stage then needs no steps; when it is defined, only its `timeout` is read. Default false.", "type": "boolean", "default": false } } }, "stage": { "type": "object", "additionalProperties": false, "required": ["steps"], "properties": { "description": { "type": "string" }, "timeout": { "description": "Deadline for the whole stage; the lifecycle's default otherwise (30m when it has none).", "$ref": "#/$defs/duration" }, "retries": { "description": "Automatic retries after a failure or timeout. Default 0.", "type": "integer", "minimum": 0, "default": 0 }, "backoff": { "description": "Wait before the first retry, doubled for each further one. Default 30s.", "$ref": "#/$defs/duration" }, "onInterrupt": { "description": "What happens when ferry itself dies during the stage (local mode: `ferry sync` killed): `rerun` runs the stage again at once as a new attempt, `fail` fails it as interrupted, for a stage that must not run twice. Default rerun.", "enum": ["rerun", "fail"], "default": "rerun" }, "approvalTimeout": { "description": "How long the stage's job may wait for the required reviewers of its GitHub environment. The stage's timeout stands still while it waits; past this the stage times out and its workflow run is cancelled. Unbounded by ferry when absent (GitHub gives up after 30 days).", "$ref": "#/$defs/duration" }, "runs-on": { "description": "Where this stage's job runs, instead of the deployment's `runs-on`.", "$ref": "#/$defs/runsOn" }, "env": { "$ref": "#/$defs/env" }, "steps": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/step" } } } }, "step": { "description": "One of: a command (`run`: a script for a `shell`, or `args`: an argv list run without a shell), an `http-check`, or an `artifact` download with its checksum.", "type": "object", "anyOf": [{ "required": ["run"] }, { "required": ["args"] }, { "required": ["http-check"] }, { "required": ["artifact"] }], "if": { "anyOf": [{ "required": ["run"] }, { "required": ["args"] }] }, "then": { "$ref": "#/$defs/commandStep" }, "else": { "if": { "required": ["http-check"] }, "then": { "$ref": "#/$defs/httpCheckStep" }, "else": { "if": { "required": ["artifact"] }, "then": { "$ref": "#/$defs/artifactStep" }, "else": { "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 } } } } } }, "commandStep": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "run": { "description": "A script, written to a temporary file and run by `shell`. By default as GitHub Actions' `shell: bash` runs it (`bash --noprofile --norc -eo pipefail {0}`: the first failing command or pipeline fails the step), or `sh -e {0}` where bash is not installed.", "type": "string", "minLength": 1 }, "shell": { "description": "How `run` is run, as in GitHub Actions: `bash` (`bash --noprofile --norc -eo pipefail {0}`), `sh` (`sh -e {0}`), `pwsh` (`pwsh -command \". '{0}'\"`, a .ps1 file that stops at the first error and exits with the last exit code), `python` (`python {0}`), `node` (`node {0}`), or a command line whose first word is the program and where `{0}` is the script file (`perl {0}`).", "title": "bash, sh, pwsh, python, node, or a command line with {0} for the script file", "examples": ["bash", "perl {0}"], "type": "string", "pattern": "^(?:bash|sh|pwsh|python|node)$|^\\S+\\s.*\\{0\\}" }, "args": { "description": "An argv list, run without a shell.", "type": "array", "minItems": 1, "items": { "type": "string" } }, "timeout": { "$ref": "#/$defs/duration" }, "env": { "$ref": "#/$defs/env" }, "workingDirectory": { "description": "Where the command runs, relative to the checkout; its root by default.", "$ref": "#/$defs/relativePath" }, "working-directory": { "description": "`workingDirectory`, spelt as in GitHub Actions.", "$ref": "#/$defs/relativePath" } }, "if": { "required": ["run"] }, "then": { "properties": { "args": false } }, "else": { "properties": { "shell": false } }, "dependentSchemas": { "working-directory": { "properties": { "workingDirectory": false } } } }, "httpCheck": { "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "url": { "$ref": "#/$defs/url" }, "expectStatus": { "description": "Default 200.", "type": "integer", "minimum": 100, "maximum": 599, "default": 200 }, "retries": { "description": "Further attempts after a failed one. Default 0.", "type": "integer", "minimum": 0, "default": 0 }, "interval": { "description": "Wait between attempts. Default 5s.", "$ref": "#/$defs/duration" }, "timeout": { "description": "Deadline for one attempt. Default 10s.", "$ref": "#/$defs/duration" } } }, "httpCheckStep": { "type": "object", "additionalProperties": false, "required": ["http-check"], "properties": { "name": { "type": "string", "minLength": 1 }, "http-check": { "$ref": "#/$defs/httpCheck" } } }, "healthCheck": { "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "name": { "type": "string", "minLength": 1 }, "url": { "$ref": "#/$defs/url" }, "expectStatus": { "$ref": "#/$defs/httpCheck/properties/expectStatus" }, "retries": { "$ref": "#/$defs/httpCheck/properties/retries" }, "interval": { "$ref": "#/$defs/httpCheck/properties/interval" }, "timeout": { "$ref": "#/$defs/httpCheck/properties/timeout" } } }, "artifactStep": { "type": "object", "additionalProperties": false, "required": ["artifact"], "properties": { "name": { "type": "string", "minLength": 1 }, "artifact": { "description": "Download `url` to `path` and fail unless its SHA-256 is `sha256`.", "type": "object", "additionalProperties": false, "required": ["url", "sha256", "path"], "properties": { "url": { "$ref": "#/$defs/url" }, "sha256": { "title": "64 lowercase hex digits", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "path": { "$ref": "#/$defs/relativePath" } } } } } } };
var schema61 = { "title": "lowercase letters, digits, `_` and `-`, starting with a letter", "examples": ["odoo", "drop-after"], "type": "string", "pattern": "^[a-z][a-z0-9_-]*$", "maxLength": 64 };
var schema62 = { "description": "What starts a run by itself.", "type": "object", "additionalProperties": false, "properties": { "branches": { "description": "Branches whose merges and pushes deploy. Default: the repository's default branch.", "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "paths": { "description": "Globs: only changes to matching files trigger (and PR labels act on this deployment). Default: every file.", "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "pullRequests": { "description": "Deploy pull requests as previews. Default false.", "type": "boolean", "default": false } } };
var schema68 = { "title": "a duration", "examples": ["90s", "30m", "2h", "1d12h"], "type": "string", "pattern": "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" };
var schema74 = { "title": "a secret name", "examples": ["DATABASE_PASSWORD"], "description": "GitHub secret names: letters, digits and underscores, not starting with a digit or GITHUB_.", "type": "string", "pattern": "^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$" };
var schema82 = { "title": "a stage name, or `<type>.<stage>`", "examples": ["deploy", "odoo.deploy"], "type": "string", "pattern": "^([a-z][a-z0-9_-]*\\.)?[a-z][a-z0-9_-]*$", "maxLength": 129 };
var func0 = defaultOf(runtime1);
var pattern21 = new RegExp("^\\S(.*\\S)?$", "u");
var pattern22 = new RegExp("^https?://\\S+$", "u");
var pattern28 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u");
var pattern31 = new RegExp("^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", "u");
var pattern35 = new RegExp("^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern40 = new RegExp("^([a-z][a-z0-9_-]*\\.)?[a-z][a-z0-9_-]*$", "u");
var schema58 = { "description": "A runner label, or a non-empty list of labels a runner must all have.", "type": ["string", "array"], "if": { "type": "string" }, "then": { "$ref": "#/$defs/runnerLabel" }, "else": { "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/runnerLabel" } } };
var schema59 = { "title": "a runner label", "examples": ["ubuntu-latest", "self-hosted"], "type": "string", "minLength": 1, "pattern": "^\\S(.*\\S)?$" };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !Array.isArray(data)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema58.type }, message: "must be string,array", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (typeof data !== "string") {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    if (typeof data === "string") {
      if (func2(data) < 1) {
        const err2 = { instancePath, schemaPath: "#/$defs/runnerLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!pattern21.test(data)) {
        const err3 = { instancePath, schemaPath: "#/$defs/runnerLabel/pattern", keyword: "pattern", params: { pattern: "^\\S(.*\\S)?$" }, message: 'must match pattern "^\\S(.*\\S)?$"', schema: "^\\S(.*\\S)?$", parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/$defs/runnerLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.type, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs7 = errors;
    if (Array.isArray(data)) {
      if (data.length < 1) {
        const err5 = { instancePath, schemaPath: "#/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema58.else, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
          if (func2(data0) < 1) {
            const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/runnerLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (!pattern21.test(data0)) {
            const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/runnerLabel/pattern", keyword: "pattern", params: { pattern: "^\\S(.*\\S)?$" }, message: 'must match pattern "^\\S(.*\\S)?$"', schema: "^\\S(.*\\S)?$", parentSchema: schema59, data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/runnerLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.type, parentSchema: schema59, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      let i1 = data.length;
      let j0;
      if (i1 > 1) {
        outer0: for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func0(data[i1], data[j0])) {
              const err9 = { instancePath, schemaPath: "#/else/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema58.else, data };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break outer0;
            }
          }
        }
      }
    }
    var _valid0 = _errs7 === errors;
    valid0 = _valid0;
    if (valid0) {
      var items0 = true;
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err10 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema58.if, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate44.errors = vErrors;
  evaluated0.items = items0;
  return errors === 0;
}
validate44.evaluated = { "dynamicProps": false, "dynamicItems": true };
var schema63 = { "description": "Rolling deployments: which instances, how many at a time, how many failures abort.", "type": "object", "additionalProperties": false, "properties": { "instances": { "description": "Instance ids, or how many instances there are.", "type": ["array", "integer"], "if": { "type": "array" }, "then": { "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "else": { "minimum": 1 } }, "batchSize": { "description": "Instances updated at the same time: a count, or a percentage of the instances (rounded up, at least 1). The next batch starts when no instance of the current one is still updating. Default 1.", "$ref": "#/$defs/fleetAmount", "default": 1 }, "failureThreshold": { "description": "Failed instances that fail the rollout: a count, or a percentage of the instances (rounded up, at least 1, so `25%` of 10 fails at the third failure). Default 1.", "$ref": "#/$defs/fleetAmount", "default": 1 }, "degraded": { "description": "What an instance that reports DEGRADED on the new version does: `block` keeps its batch from finishing and the rollout from completing until it recovers or fails; `fail` counts it as failed. Default block.", "enum": ["block", "fail"], "default": "block" }, "autoRollback": { "description": "Roll back to the previous completed version by itself when a rollout fails. Default true.", "type": "boolean", "default": true }, "fleet": { "description": "The rollout stage is the fleet: instances running `ferry agent` register and heartbeat over ferry's API, and ferry updates them batch by batch (docs/fleet.md). The `rollout` stage then needs no steps; when it is defined, only its `timeout` is read. Default false.", "type": "boolean", "default": false } } };
var schema64 = { "description": "A count of instances (at least 1), or a whole percentage of them from 1% to 100%.", "type": ["integer", "string"], "if": { "type": "integer" }, "then": { "minimum": 1 }, "else": { "title": "a count or a percentage from 1% to 100%", "examples": [2, "25%"], "pattern": "^(?:100|[1-9][0-9]?)%$" } };
var pattern26 = new RegExp("^(?:100|[1-9][0-9]?)%$", "u");
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "instances" || key0 === "batchSize" || key0 === "failureThreshold" || key0 === "degraded" || key0 === "autoRollback" || key0 === "fleet")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.instances !== void 0) {
      let data0 = data.instances;
      if (!Array.isArray(data0) && !(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/type", keyword: "type", params: { type: schema63.properties.instances.type }, message: "must be array,integer", schema: schema63.properties.instances.type, parentSchema: schema63.properties.instances, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      const _errs4 = errors;
      let valid1 = true;
      const _errs5 = errors;
      if (!Array.isArray(data0)) {
        const err2 = {};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      errors = _errs4;
      if (vErrors !== null) {
        if (_errs4) {
          vErrors.length = _errs4;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs7 = errors;
        if (Array.isArray(data0)) {
          if (data0.length < 1) {
            const err3 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema63.properties.instances.then, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data1 = data0[i0];
            if (typeof data1 === "string") {
              if (func2(data1) < 1) {
                const err4 = { instancePath: instancePath + "/instances/" + i0, schemaPath: "#/properties/instances/then/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema63.properties.instances.then.items, data: data1 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            } else {
              const err5 = { instancePath: instancePath + "/instances/" + i0, schemaPath: "#/properties/instances/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.instances.then.items.type, parentSchema: schema63.properties.instances.then.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          let i1 = data0.length;
          let j0;
          if (i1 > 1) {
            const indices0 = {};
            for (; i1--; ) {
              let item0 = data0[i1];
              if (typeof item0 !== "string") {
                continue;
              }
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                const err6 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/then/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema63.properties.instances.then, data: data0 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        }
        var _valid0 = _errs7 === errors;
        valid1 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs10 = errors;
        if (typeof data0 == "number" && isFinite(data0)) {
          if (data0 < 1 || isNaN(data0)) {
            const err7 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/else/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema63.properties.instances.else, data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        var _valid0 = _errs10 === errors;
        valid1 = _valid0;
        ifClause0 = "else";
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema63.properties.instances.if, parentSchema: schema63.properties.instances, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.batchSize !== void 0) {
      let data2 = data.batchSize;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/batchSize", schemaPath: "#/$defs/fleetAmount/type", keyword: "type", params: { type: schema64.type }, message: "must be integer,string", schema: schema64.type, parentSchema: schema64, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs14 = errors;
      let valid6 = true;
      const _errs15 = errors;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = {};
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs15 === errors;
      errors = _errs14;
      if (vErrors !== null) {
        if (_errs14) {
          vErrors.length = _errs14;
        } else {
          vErrors = null;
        }
      }
      let ifClause1;
      if (_valid1) {
        const _errs17 = errors;
        if (typeof data2 == "number" && isFinite(data2)) {
          if (data2 < 1 || isNaN(data2)) {
            const err11 = { instancePath: instancePath + "/batchSize", schemaPath: "#/$defs/fleetAmount/then/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema64.then, data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        var _valid1 = _errs17 === errors;
        valid6 = _valid1;
        ifClause1 = "then";
      } else {
        const _errs18 = errors;
        if (typeof data2 === "string") {
          if (!pattern26.test(data2)) {
            const err12 = { instancePath: instancePath + "/batchSize", schemaPath: "#/$defs/fleetAmount/else/pattern", keyword: "pattern", params: { pattern: "^(?:100|[1-9][0-9]?)%$" }, message: 'must match pattern "^(?:100|[1-9][0-9]?)%$"', schema: "^(?:100|[1-9][0-9]?)%$", parentSchema: schema64.else, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        var _valid1 = _errs18 === errors;
        valid6 = _valid1;
        ifClause1 = "else";
      }
      if (!valid6) {
        const err13 = { instancePath: instancePath + "/batchSize", schemaPath: "#/$defs/fleetAmount/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema64.if, parentSchema: schema64, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.failureThreshold !== void 0) {
      let data3 = data.failureThreshold;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && typeof data3 !== "string") {
        const err14 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/$defs/fleetAmount/type", keyword: "type", params: { type: schema64.type }, message: "must be integer,string", schema: schema64.type, parentSchema: schema64, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      const _errs22 = errors;
      let valid8 = true;
      const _errs23 = errors;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err15 = {};
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid2 = _errs23 === errors;
      errors = _errs22;
      if (vErrors !== null) {
        if (_errs22) {
          vErrors.length = _errs22;
        } else {
          vErrors = null;
        }
      }
      let ifClause2;
      if (_valid2) {
        const _errs25 = errors;
        if (typeof data3 == "number" && isFinite(data3)) {
          if (data3 < 1 || isNaN(data3)) {
            const err16 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/$defs/fleetAmount/then/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema64.then, data: data3 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        var _valid2 = _errs25 === errors;
        valid8 = _valid2;
        ifClause2 = "then";
      } else {
        const _errs26 = errors;
        if (typeof data3 === "string") {
          if (!pattern26.test(data3)) {
            const err17 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/$defs/fleetAmount/else/pattern", keyword: "pattern", params: { pattern: "^(?:100|[1-9][0-9]?)%$" }, message: 'must match pattern "^(?:100|[1-9][0-9]?)%$"', schema: "^(?:100|[1-9][0-9]?)%$", parentSchema: schema64.else, data: data3 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        var _valid2 = _errs26 === errors;
        valid8 = _valid2;
        ifClause2 = "else";
      }
      if (!valid8) {
        const err18 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/$defs/fleetAmount/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema64.if, parentSchema: schema64, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.degraded !== void 0) {
      let data4 = data.degraded;
      if (!(data4 === "block" || data4 === "fail")) {
        const err19 = { instancePath: instancePath + "/degraded", schemaPath: "#/properties/degraded/enum", keyword: "enum", params: { allowedValues: schema63.properties.degraded.enum }, message: "must be equal to one of the allowed values", schema: schema63.properties.degraded.enum, parentSchema: schema63.properties.degraded, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.autoRollback !== void 0) {
      let data5 = data.autoRollback;
      if (typeof data5 !== "boolean") {
        const err20 = { instancePath: instancePath + "/autoRollback", schemaPath: "#/properties/autoRollback/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema63.properties.autoRollback.type, parentSchema: schema63.properties.autoRollback, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.fleet !== void 0) {
      let data6 = data.fleet;
      if (typeof data6 !== "boolean") {
        const err21 = { instancePath: instancePath + "/fleet", schemaPath: "#/properties/fleet/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema63.properties.fleet.type, parentSchema: schema63.properties.fleet, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema71 = { "type": "object", "propertyNames": { "$ref": "#/$defs/envName" }, "additionalProperties": { "$ref": "#/$defs/envValue" } };
var schema72 = { "title": "an environment variable name", "examples": ["DATABASE_URL"], "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" };
var pattern34 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var schema73 = { "description": "A literal string, or `{ secret: NAME }` for a secret's value (redacted wherever it would be shown).", "type": ["string", "object"], "if": { "type": "object" }, "then": { "additionalProperties": false, "required": ["secret"], "properties": { "secret": { "$ref": "#/$defs/secretName" } } } };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema73.type }, message: "must be string,object", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.secret === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'", schema: schema73.then.required, parentSchema: schema73.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "secret")) {
          const err3 = { instancePath, schemaPath: "#/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73.then, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.secret !== void 0) {
        let data0 = data.secret;
        if (typeof data0 === "string") {
          if (!pattern35.test(data0)) {
            const err4 = { instancePath: instancePath + "/secret", schemaPath: "#/$defs/secretName/pattern", keyword: "pattern", params: { pattern: "^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$"', schema: "^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema74, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = { instancePath: instancePath + "/secret", schemaPath: "#/$defs/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
  }
  if (!valid0) {
    const err6 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema73.if, parentSchema: schema73, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate49.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate49.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern34.test(key0)) {
          const err0 = { instancePath, schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema72, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.type, parentSchema: schema72, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema71.propertyNames, parentSchema: schema71, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate49(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema71.type, parentSchema: schema71, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema76 = { "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "name": { "type": "string", "minLength": 1 }, "url": { "$ref": "#/$defs/url" }, "expectStatus": { "$ref": "#/$defs/httpCheck/properties/expectStatus" }, "retries": { "$ref": "#/$defs/httpCheck/properties/retries" }, "interval": { "$ref": "#/$defs/httpCheck/properties/interval" }, "timeout": { "$ref": "#/$defs/httpCheck/properties/timeout" } } };
var schema77 = { "title": "an http or https URL", "type": "string", "format": "uri", "pattern": "^https?://" };
var schema78 = { "description": "Default 200.", "type": "integer", "minimum": 100, "maximum": 599, "default": 200 };
var schema79 = { "description": "Further attempts after a failed one. Default 0.", "type": "integer", "minimum": 0, "default": 0 };
var formats0 = runtime2.fullFormats.uri;
var pattern37 = new RegExp("^https?://", "u");
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.url === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "url" || key0 === "expectStatus" || key0 === "retries" || key0 === "interval" || key0 === "timeout")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema76.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.name.type, parentSchema: schema76.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data1 = data.url;
      if (typeof data1 === "string") {
        if (!pattern37.test(data1)) {
          const err4 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema77, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!formats0(data1)) {
          const err5 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema77, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.type, parentSchema: schema77, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.expectStatus !== void 0) {
      let data2 = data.expectStatus;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err7 = { instancePath: instancePath + "/expectStatus", schemaPath: "#/$defs/httpCheck/properties/expectStatus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema78.type, parentSchema: schema78, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 599 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/expectStatus", schemaPath: "#/$defs/httpCheck/properties/expectStatus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema78, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 100 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/expectStatus", schemaPath: "#/$defs/httpCheck/properties/expectStatus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema78, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.retries !== void 0) {
      let data3 = data.retries;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err10 = { instancePath: instancePath + "/retries", schemaPath: "#/$defs/httpCheck/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema79.type, parentSchema: schema79, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err11 = { instancePath: instancePath + "/retries", schemaPath: "#/$defs/httpCheck/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.interval !== void 0) {
      let data4 = data.interval;
      if (typeof data4 === "string") {
        if (!pattern31.test(data4)) {
          const err12 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/httpCheck/properties/interval/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema68, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/httpCheck/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.type, parentSchema: schema68, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data5 = data.timeout;
      if (typeof data5 === "string") {
        if (!pattern31.test(data5)) {
          const err14 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/httpCheck/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema68, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/httpCheck/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.type, parentSchema: schema68, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema83 = { "type": "object", "additionalProperties": false, "required": ["steps"], "properties": { "description": { "type": "string" }, "timeout": { "description": "Deadline for the whole stage; the lifecycle's default otherwise (30m when it has none).", "$ref": "#/$defs/duration" }, "retries": { "description": "Automatic retries after a failure or timeout. Default 0.", "type": "integer", "minimum": 0, "default": 0 }, "backoff": { "description": "Wait before the first retry, doubled for each further one. Default 30s.", "$ref": "#/$defs/duration" }, "onInterrupt": { "description": "What happens when ferry itself dies during the stage (local mode: `ferry sync` killed): `rerun` runs the stage again at once as a new attempt, `fail` fails it as interrupted, for a stage that must not run twice. Default rerun.", "enum": ["rerun", "fail"], "default": "rerun" }, "approvalTimeout": { "description": "How long the stage's job may wait for the required reviewers of its GitHub environment. The stage's timeout stands still while it waits; past this the stage times out and its workflow run is cancelled. Unbounded by ferry when absent (GitHub gives up after 30 days).", "$ref": "#/$defs/duration" }, "runs-on": { "description": "Where this stage's job runs, instead of the deployment's `runs-on`.", "$ref": "#/$defs/runsOn" }, "env": { "$ref": "#/$defs/env" }, "steps": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/step" } } } };
var schema87 = { "description": "One of: a command (`run`: a script for a `shell`, or `args`: an argv list run without a shell), an `http-check`, or an `artifact` download with its checksum.", "type": "object", "anyOf": [{ "required": ["run"] }, { "required": ["args"] }, { "required": ["http-check"] }, { "required": ["artifact"] }], "if": { "anyOf": [{ "required": ["run"] }, { "required": ["args"] }] }, "then": { "$ref": "#/$defs/commandStep" }, "else": { "if": { "required": ["http-check"] }, "then": { "$ref": "#/$defs/httpCheckStep" }, "else": { "if": { "required": ["artifact"] }, "then": { "$ref": "#/$defs/artifactStep" }, "else": { "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 } } } } } };
var schema88 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "run": { "description": "A script, written to a temporary file and run by `shell`. By default as GitHub Actions' `shell: bash` runs it (`bash --noprofile --norc -eo pipefail {0}`: the first failing command or pipeline fails the step), or `sh -e {0}` where bash is not installed.", "type": "string", "minLength": 1 }, "shell": { "description": "How `run` is run, as in GitHub Actions: `bash` (`bash --noprofile --norc -eo pipefail {0}`), `sh` (`sh -e {0}`), `pwsh` (`pwsh -command \". '{0}'\"`, a .ps1 file that stops at the first error and exits with the last exit code), `python` (`python {0}`), `node` (`node {0}`), or a command line whose first word is the program and where `{0}` is the script file (`perl {0}`).", "title": "bash, sh, pwsh, python, node, or a command line with {0} for the script file", "examples": ["bash", "perl {0}"], "type": "string", "pattern": "^(?:bash|sh|pwsh|python|node)$|^\\S+\\s.*\\{0\\}" }, "args": { "description": "An argv list, run without a shell.", "type": "array", "minItems": 1, "items": { "type": "string" } }, "timeout": { "$ref": "#/$defs/duration" }, "env": { "$ref": "#/$defs/env" }, "workingDirectory": { "description": "Where the command runs, relative to the checkout; its root by default.", "$ref": "#/$defs/relativePath" }, "working-directory": { "description": "`workingDirectory`, spelt as in GitHub Actions.", "$ref": "#/$defs/relativePath" } }, "if": { "required": ["run"] }, "then": { "properties": { "args": false } }, "else": { "properties": { "shell": false } }, "dependentSchemas": { "working-directory": { "properties": { "workingDirectory": false } } } };
var schema90 = { "title": "a relative path inside the checkout", "examples": ["dist/app.tar.gz"], "type": "string", "minLength": 1, "pattern": "^(?![/\\\\])(?![A-Za-z]:)(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$" };
var pattern44 = new RegExp("^(?:bash|sh|pwsh|python|node)$|^\\S+\\s.*\\{0\\}", "u");
var pattern46 = new RegExp("^(?![/\\\\])(?![A-Za-z]:)(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$", "u");
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.run === void 0 && (missing0 = "run")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.args !== void 0) {
        const err1 = { instancePath: instancePath + "/args", schemaPath: "#/then/properties/args/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema88.then.properties.args, data: data.args };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.args = true;
    }
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.shell !== void 0) {
        const err2 = { instancePath: instancePath + "/shell", schemaPath: "#/else/properties/shell/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema88.else.properties.shell, data: data.shell };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.shell = true;
      }
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema88.if, parentSchema: schema88, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "run" || key0 === "shell" || key0 === "args" || key0 === "timeout" || key0 === "env" || key0 === "workingDirectory" || key0 === "working-directory")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema88.properties.name, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.name.type, parentSchema: schema88.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data3 = data.run;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err7 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema88.properties.run, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.run.type, parentSchema: schema88.properties.run, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.shell !== void 0) {
      let data4 = data.shell;
      if (typeof data4 === "string") {
        if (!pattern44.test(data4)) {
          const err9 = { instancePath: instancePath + "/shell", schemaPath: "#/properties/shell/pattern", keyword: "pattern", params: { pattern: "^(?:bash|sh|pwsh|python|node)$|^\\S+\\s.*\\{0\\}" }, message: 'must match pattern "^(?:bash|sh|pwsh|python|node)$|^\\S+\\s.*\\{0\\}"', schema: "^(?:bash|sh|pwsh|python|node)$|^\\S+\\s.*\\{0\\}", parentSchema: schema88.properties.shell, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/shell", schemaPath: "#/properties/shell/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.shell.type, parentSchema: schema88.properties.shell, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data5 = data.args;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err11 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema88.properties.args, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 !== "string") {
            const err12 = { instancePath: instancePath + "/args/" + i0, schemaPath: "#/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.args.items.type, parentSchema: schema88.properties.args.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema88.properties.args.type, parentSchema: schema88.properties.args, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data7 = data.timeout;
      if (typeof data7 === "string") {
        if (!pattern31.test(data7)) {
          const err14 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema68, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.type, parentSchema: schema68, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      if (!validate48(data.env, { instancePath: instancePath + "/env", parentData: data, parentDataProperty: "env", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
        errors = vErrors.length;
      }
    }
    if (data.workingDirectory !== void 0) {
      let data9 = data.workingDirectory;
      if (typeof data9 === "string") {
        if (func2(data9) < 1) {
          const err16 = { instancePath: instancePath + "/workingDirectory", schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema90, data: data9 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern46.test(data9)) {
          const err17 = { instancePath: instancePath + "/workingDirectory", schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?![A-Za-z]:)(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$" }, message: 'must match pattern "^(?![/\\\\])(?![A-Za-z]:)(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$"', schema: "^(?![/\\\\])(?![A-Za-z]:)(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$", parentSchema: schema90, data: data9 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/workingDirectory", schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema90.type, parentSchema: schema90, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data["working-directory"] !== void 0) {
      let data10 = data["working-directory"];
      if (typeof data10 === "string") {
        if (func2(data10) < 1) {
          const err19 = { instancePath: instancePath + "/working-directory", schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema90, data: data10 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern46.test(data10)) {
          const err20 = { instancePath: instancePath + "/working-directory", schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?![A-Za-z]:)(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$" }, message: 'must match pattern "^(?![/\\\\])(?![A-Za-z]:)(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$"', schema: "^(?![/\\\\])(?![A-Za-z]:)(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$", parentSchema: schema90, data: data10 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/working-directory", schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema90.type, parentSchema: schema90, data: data10 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data["working-directory"] !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.workingDirectory !== void 0) {
          const err22 = { instancePath: instancePath + "/workingDirectory", schemaPath: "#/dependentSchemas/working-directory/properties/workingDirectory/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema88.dependentSchemas["working-directory"].properties.workingDirectory, data: data.workingDirectory };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.type, parentSchema: schema88, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema92 = { "type": "object", "additionalProperties": false, "required": ["http-check"], "properties": { "name": { "type": "string", "minLength": 1 }, "http-check": { "$ref": "#/$defs/httpCheck" } } };
var schema93 = { "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "url": { "$ref": "#/$defs/url" }, "expectStatus": { "description": "Default 200.", "type": "integer", "minimum": 100, "maximum": 599, "default": 200 }, "retries": { "description": "Further attempts after a failed one. Default 0.", "type": "integer", "minimum": 0, "default": 0 }, "interval": { "description": "Wait between attempts. Default 5s.", "$ref": "#/$defs/duration" }, "timeout": { "description": "Deadline for one attempt. Default 10s.", "$ref": "#/$defs/duration" } } };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.url === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema93.required, parentSchema: schema93, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "url" || key0 === "expectStatus" || key0 === "retries" || key0 === "interval" || key0 === "timeout")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema93, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data0 = data.url;
      if (typeof data0 === "string") {
        if (!pattern37.test(data0)) {
          const err2 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema77, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!formats0(data0)) {
          const err3 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema77, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.type, parentSchema: schema77, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.expectStatus !== void 0) {
      let data1 = data.expectStatus;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err5 = { instancePath: instancePath + "/expectStatus", schemaPath: "#/properties/expectStatus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema93.properties.expectStatus.type, parentSchema: schema93.properties.expectStatus, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 599 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/expectStatus", schemaPath: "#/properties/expectStatus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema93.properties.expectStatus, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1 < 100 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/expectStatus", schemaPath: "#/properties/expectStatus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema93.properties.expectStatus, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.retries !== void 0) {
      let data2 = data.retries;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err8 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema93.properties.retries.type, parentSchema: schema93.properties.retries, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema93.properties.retries, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.interval !== void 0) {
      let data3 = data.interval;
      if (typeof data3 === "string") {
        if (!pattern31.test(data3)) {
          const err10 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema68, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.type, parentSchema: schema68, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data4 = data.timeout;
      if (typeof data4 === "string") {
        if (!pattern31.test(data4)) {
          const err12 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema68, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.type, parentSchema: schema68, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema93.type, parentSchema: schema93, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data["http-check"] === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "http-check" }, message: "must have required property 'http-check'", schema: schema92.required, parentSchema: schema92, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "http-check")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema92, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema92.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema92.properties.name.type, parentSchema: schema92.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data["http-check"] !== void 0) {
      if (!validate62(data["http-check"], { instancePath: instancePath + "/http-check", parentData: data, parentDataProperty: "http-check", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema92.type, parentSchema: schema92, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema97 = { "type": "object", "additionalProperties": false, "required": ["artifact"], "properties": { "name": { "type": "string", "minLength": 1 }, "artifact": { "description": "Download `url` to `path` and fail unless its SHA-256 is `sha256`.", "type": "object", "additionalProperties": false, "required": ["url", "sha256", "path"], "properties": { "url": { "$ref": "#/$defs/url" }, "sha256": { "title": "64 lowercase hex digits", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "path": { "$ref": "#/$defs/relativePath" } } } } };
var pattern52 = new RegExp("^[0-9a-f]{64}$", "u");
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.artifact === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema97.required, parentSchema: schema97, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "artifact")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema97, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema97.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema97.properties.name.type, parentSchema: schema97.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.url === void 0) {
          const err4 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema97.properties.artifact.required, parentSchema: schema97.properties.artifact, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.sha256 === void 0) {
          const err5 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema97.properties.artifact.required, parentSchema: schema97.properties.artifact, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.path === void 0) {
          const err6 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema97.properties.artifact.required, parentSchema: schema97.properties.artifact, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "url" || key1 === "sha256" || key1 === "path")) {
            const err7 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema97.properties.artifact, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1.url !== void 0) {
          let data2 = data1.url;
          if (typeof data2 === "string") {
            if (!pattern37.test(data2)) {
              const err8 = { instancePath: instancePath + "/artifact/url", schemaPath: "#/$defs/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema77, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!formats0(data2)) {
              const err9 = { instancePath: instancePath + "/artifact/url", schemaPath: "#/$defs/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema77, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/artifact/url", schemaPath: "#/$defs/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.type, parentSchema: schema77, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.sha256 !== void 0) {
          let data3 = data1.sha256;
          if (typeof data3 === "string") {
            if (!pattern52.test(data3)) {
              const err11 = { instancePath: instancePath + "/artifact/sha256", schemaPath: "#/properties/artifact/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema97.properties.artifact.properties.sha256, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/artifact/sha256", schemaPath: "#/properties/artifact/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema97.properties.artifact.properties.sha256.type, parentSchema: schema97.properties.artifact.properties.sha256, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.path !== void 0) {
          let data4 = data1.path;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err13 = { instancePath: instancePath + "/artifact/path", schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema90, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (!pattern46.test(data4)) {
              const err14 = { instancePath: instancePath + "/artifact/path", schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?![A-Za-z]:)(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$" }, message: 'must match pattern "^(?![/\\\\])(?![A-Za-z]:)(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$"', schema: "^(?![/\\\\])(?![A-Za-z]:)(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$", parentSchema: schema90, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/artifact/path", schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema90.type, parentSchema: schema90, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.properties.artifact.type, parentSchema: schema97.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.type, parentSchema: schema97, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema87.type, parentSchema: schema87, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.run === void 0) {
      const err1 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema87.anyOf[0].required, parentSchema: schema87.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.args === void 0) {
      const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "args" }, message: "must have required property 'args'", schema: schema87.anyOf[1].required, parentSchema: schema87.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data["http-check"] === void 0) {
      const err3 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "http-check" }, message: "must have required property 'http-check'", schema: schema87.anyOf[2].required, parentSchema: schema87.anyOf[2], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  valid0 = valid0 || _valid0;
  const _errs5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.artifact === void 0) {
      const err4 = { instancePath, schemaPath: "#/anyOf/3/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema87.anyOf[3].required, parentSchema: schema87.anyOf[3], data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  }
  var _valid0 = _errs5 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema87.anyOf, parentSchema: schema87, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs6 = errors;
  let valid1 = true;
  const _errs7 = errors;
  const _errs8 = errors;
  let valid2 = false;
  const _errs9 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.run === void 0 && (missing0 = "run")) {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  }
  var _valid2 = _errs9 === errors;
  valid2 = valid2 || _valid2;
  const _errs10 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.args === void 0 && (missing1 = "args")) {
      const err7 = {};
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  }
  var _valid2 = _errs10 === errors;
  valid2 = valid2 || _valid2;
  if (!valid2) {
    const err8 = {};
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  } else {
    errors = _errs8;
    if (vErrors !== null) {
      if (_errs8) {
        vErrors.length = _errs8;
      } else {
        vErrors = null;
      }
    }
  }
  var _valid1 = _errs7 === errors;
  errors = _errs6;
  if (vErrors !== null) {
    if (_errs6) {
      vErrors.length = _errs6;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid1) {
    const _errs11 = errors;
    if (!validate58(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
      errors = vErrors.length;
    }
    var _valid1 = _errs11 === errors;
    valid1 = _valid1;
    if (valid1) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs12 = errors;
    const _errs13 = errors;
    let valid3 = true;
    const _errs14 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data["http-check"] === void 0 && (missing2 = "http-check")) {
        const err9 = {};
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    var _valid3 = _errs14 === errors;
    errors = _errs13;
    if (vErrors !== null) {
      if (_errs13) {
        vErrors.length = _errs13;
      } else {
        vErrors = null;
      }
    }
    let ifClause1;
    if (_valid3) {
      const _errs15 = errors;
      if (!validate61(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
      var _valid3 = _errs15 === errors;
      valid3 = _valid3;
      if (valid3) {
        var props1 = true;
      }
      ifClause1 = "then";
    } else {
      const _errs16 = errors;
      const _errs17 = errors;
      let valid4 = true;
      const _errs18 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing3;
        if (data.artifact === void 0 && (missing3 = "artifact")) {
          const err10 = {};
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      var _valid4 = _errs18 === errors;
      errors = _errs17;
      if (vErrors !== null) {
        if (_errs17) {
          vErrors.length = _errs17;
        } else {
          vErrors = null;
        }
      }
      let ifClause2;
      if (_valid4) {
        const _errs19 = errors;
        if (!validate65(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
          errors = vErrors.length;
        }
        var _valid4 = _errs19 === errors;
        valid4 = _valid4;
        if (valid4) {
          var props2 = true;
        }
        ifClause2 = "then";
      } else {
        const _errs20 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            if (!(key0 === "name")) {
              const err11 = { instancePath, schemaPath: "#/else/else/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema87.else.else.else, data };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data.name !== void 0) {
            let data0 = data.name;
            if (typeof data0 === "string") {
              if (func2(data0) < 1) {
                const err12 = { instancePath: instancePath + "/name", schemaPath: "#/else/else/else/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema87.else.else.else.properties.name, data: data0 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            } else {
              const err13 = { instancePath: instancePath + "/name", schemaPath: "#/else/else/else/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.else.else.else.properties.name.type, parentSchema: schema87.else.else.else.properties.name, data: data0 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
        var _valid4 = _errs20 === errors;
        valid4 = _valid4;
        if (valid4) {
          if (props2 !== true) {
            props2 = true;
          }
        }
        ifClause2 = "else";
      }
      if (!valid4) {
        const err14 = { instancePath, schemaPath: "#/else/else/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema87.else.else.if, parentSchema: schema87.else.else, data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid3 = _errs16 === errors;
      valid3 = _valid3;
      if (valid3) {
        if (props1 !== true && props2 !== void 0) {
          if (props2 === true) {
            props1 = true;
          } else {
            props1 = props1 || {};
            Object.assign(props1, props2);
          }
        }
      }
      ifClause1 = "else";
    }
    if (!valid3) {
      const err15 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema87.else.if, parentSchema: schema87.else, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    var _valid1 = _errs12 === errors;
    valid1 = _valid1;
    if (valid1) {
      if (props0 !== true && props1 !== void 0) {
        if (props1 === true) {
          props0 = true;
        } else {
          props0 = props0 || {};
          Object.assign(props0, props1);
        }
      }
    }
    ifClause0 = "else";
  }
  if (!valid1) {
    const err16 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema87.if, parentSchema: schema87, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate57.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate57.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.steps === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema83.required, parentSchema: schema83, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema83.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema83, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema83.properties.description.type, parentSchema: schema83.properties.description, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data1 = data.timeout;
      if (typeof data1 === "string") {
        if (!pattern31.test(data1)) {
          const err3 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema68, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.type, parentSchema: schema68, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.retries !== void 0) {
      let data2 = data.retries;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err5 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema83.properties.retries.type, parentSchema: schema83.properties.retries, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema83.properties.retries, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.backoff !== void 0) {
      let data3 = data.backoff;
      if (typeof data3 === "string") {
        if (!pattern31.test(data3)) {
          const err7 = { instancePath: instancePath + "/backoff", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema68, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/backoff", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.type, parentSchema: schema68, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.onInterrupt !== void 0) {
      let data4 = data.onInterrupt;
      if (!(data4 === "rerun" || data4 === "fail")) {
        const err9 = { instancePath: instancePath + "/onInterrupt", schemaPath: "#/properties/onInterrupt/enum", keyword: "enum", params: { allowedValues: schema83.properties.onInterrupt.enum }, message: "must be equal to one of the allowed values", schema: schema83.properties.onInterrupt.enum, parentSchema: schema83.properties.onInterrupt, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.approvalTimeout !== void 0) {
      let data5 = data.approvalTimeout;
      if (typeof data5 === "string") {
        if (!pattern31.test(data5)) {
          const err10 = { instancePath: instancePath + "/approvalTimeout", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema68, data: data5 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/approvalTimeout", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.type, parentSchema: schema68, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data["runs-on"] !== void 0) {
      if (!validate44(data["runs-on"], { instancePath: instancePath + "/runs-on", parentData: data, parentDataProperty: "runs-on", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.env !== void 0) {
      if (!validate48(data.env, { instancePath: instancePath + "/env", parentData: data, parentDataProperty: "env", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
        errors = vErrors.length;
      }
    }
    if (data.steps !== void 0) {
      let data8 = data.steps;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err12 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema83.properties.steps, data: data8 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate57(data8[i0], { instancePath: instancePath + "/steps/" + i0, parentData: data8, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema83.properties.steps.type, parentSchema: schema83.properties.steps, data: data8 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema83.type, parentSchema: schema83, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.lifecycle === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lifecycle" }, message: "must have required property 'lifecycle'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema57.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.$schema.type, parentSchema: schema57.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      let data1 = data.lifecycle;
      if (typeof data1 === "string") {
        if (func2(data1) > 64) {
          const err3 = { instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema57.properties.lifecycle, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err4 = { instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema57.properties.lifecycle, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.lifecycle.type, parentSchema: schema57.properties.lifecycle, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.description, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.description.type, parentSchema: schema57.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data3 = data.environment;
      if (typeof data3 === "string") {
        if (func2(data3) > 255) {
          const err8 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema57.properties.environment, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err9 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.environment, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern21.test(data3)) {
          const err10 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/pattern", keyword: "pattern", params: { pattern: "^\\S(.*\\S)?$" }, message: 'must match pattern "^\\S(.*\\S)?$"', schema: "^\\S(.*\\S)?$", parentSchema: schema57.properties.environment, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.environment.type, parentSchema: schema57.properties.environment, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data["environment-url"] !== void 0) {
      let data4 = data["environment-url"];
      if (typeof data4 === "string") {
        if (func2(data4) > 2048) {
          const err12 = { instancePath: instancePath + "/environment-url", schemaPath: "#/properties/environment-url/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema57.properties["environment-url"], data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern22.test(data4)) {
          const err13 = { instancePath: instancePath + "/environment-url", schemaPath: "#/properties/environment-url/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"', schema: "^https?://\\S+$", parentSchema: schema57.properties["environment-url"], data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/environment-url", schemaPath: "#/properties/environment-url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties["environment-url"].type, parentSchema: schema57.properties["environment-url"], data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data["runs-on"] !== void 0) {
      if (!validate44(data["runs-on"], { instancePath: instancePath + "/runs-on", parentData: data, parentDataProperty: "runs-on", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== void 0) {
      let data6 = data.type;
      if (typeof data6 === "string") {
        if (func2(data6) > 64) {
          const err15 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema61, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern4.test(data6)) {
          const err16 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema61, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.type, parentSchema: schema61, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.quick !== void 0) {
      let data7 = data.quick;
      if (typeof data7 !== "boolean") {
        const err18 = { instancePath: instancePath + "/quick", schemaPath: "#/properties/quick/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema57.properties.quick.type, parentSchema: schema57.properties.quick, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.triggers !== void 0) {
      let data8 = data.triggers;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!(key1 === "branches" || key1 === "paths" || key1 === "pullRequests")) {
            const err19 = { instancePath: instancePath + "/triggers", schemaPath: "#/$defs/triggers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data8.branches !== void 0) {
          let data9 = data8.branches;
          if (Array.isArray(data9)) {
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data10 = data9[i0];
              if (typeof data10 === "string") {
                if (func2(data10) < 1) {
                  const err20 = { instancePath: instancePath + "/triggers/branches/" + i0, schemaPath: "#/$defs/triggers/properties/branches/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.branches.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/triggers/branches/" + i0, schemaPath: "#/$defs/triggers/properties/branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.branches.items.type, parentSchema: schema62.properties.branches.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            let i1 = data9.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data9[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err22 = { instancePath: instancePath + "/triggers/branches", schemaPath: "#/$defs/triggers/properties/branches/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema62.properties.branches, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/triggers/branches", schemaPath: "#/$defs/triggers/properties/branches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema62.properties.branches.type, parentSchema: schema62.properties.branches, data: data9 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data8.paths !== void 0) {
          let data11 = data8.paths;
          if (Array.isArray(data11)) {
            const len1 = data11.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data12 = data11[i2];
              if (typeof data12 === "string") {
                if (func2(data12) < 1) {
                  const err24 = { instancePath: instancePath + "/triggers/paths/" + i2, schemaPath: "#/$defs/triggers/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.paths.items, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/triggers/paths/" + i2, schemaPath: "#/$defs/triggers/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.paths.items.type, parentSchema: schema62.properties.paths.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            let i3 = data11.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data11[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err26 = { instancePath: instancePath + "/triggers/paths", schemaPath: "#/$defs/triggers/properties/paths/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema62.properties.paths, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/triggers/paths", schemaPath: "#/$defs/triggers/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema62.properties.paths.type, parentSchema: schema62.properties.paths, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data8.pullRequests !== void 0) {
          let data13 = data8.pullRequests;
          if (typeof data13 !== "boolean") {
            const err28 = { instancePath: instancePath + "/triggers/pullRequests", schemaPath: "#/$defs/triggers/properties/pullRequests/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema62.properties.pullRequests.type, parentSchema: schema62.properties.pullRequests, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/triggers", schemaPath: "#/$defs/triggers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data: data8 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.concurrency !== void 0) {
      let data14 = data.concurrency;
      if (!(data14 === "queue" || data14 === "reject" || data14 === "supersede")) {
        const err30 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/enum", keyword: "enum", params: { allowedValues: schema57.properties.concurrency.enum }, message: "must be equal to one of the allowed values", schema: schema57.properties.concurrency.enum, parentSchema: schema57.properties.concurrency, data: data14 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.strategy !== void 0) {
      if (!validate46(data.strategy, { instancePath: instancePath + "/strategy", parentData: data, parentDataProperty: "strategy", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.promotion !== void 0) {
      let data16 = data.promotion;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.from === void 0) {
          const err31 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema57.properties.promotion.required, parentSchema: schema57.properties.promotion, data: data16 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        for (const key2 in data16) {
          if (!(key2 === "from" || key2 === "state")) {
            const err32 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57.properties.promotion, data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data16.from !== void 0) {
          let data17 = data16.from;
          if (typeof data17 === "string") {
            if (!pattern28.test(data17)) {
              const err33 = { instancePath: instancePath + "/promotion/from", schemaPath: "#/properties/promotion/properties/from/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema57.properties.promotion.properties.from, data: data17 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/promotion/from", schemaPath: "#/properties/promotion/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.promotion.properties.from.type, parentSchema: schema57.properties.promotion.properties.from, data: data17 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data16.state !== void 0) {
          let data18 = data16.state;
          if (typeof data18 === "string") {
            if (func2(data18) > 64) {
              const err35 = { instancePath: instancePath + "/promotion/state", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema61, data: data18 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (!pattern4.test(data18)) {
              const err36 = { instancePath: instancePath + "/promotion/state", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema61, data: data18 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/promotion/state", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.type, parentSchema: schema61, data: data18 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.promotion.type, parentSchema: schema57.properties.promotion, data: data16 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.timers !== void 0) {
      let data19 = data.timers;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key3 in data19) {
          const _errs44 = errors;
          if (typeof key3 === "string") {
            if (func2(key3) > 64) {
              const err39 = { instancePath: instancePath + "/timers", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema61, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (!pattern4.test(key3)) {
              const err40 = { instancePath: instancePath + "/timers", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema61, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/timers", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.type, parentSchema: schema61, data: key3, propertyName: key3 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          var valid12 = _errs44 === errors;
          if (!valid12) {
            const err42 = { instancePath: instancePath + "/timers", schemaPath: "#/properties/timers/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema57.properties.timers.propertyNames, parentSchema: schema57.properties.timers, data: data19 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        for (const key4 in data19) {
          if (!(key4 === "pause-after" || key4 === "drop-after")) {
            let data20 = data19[key4];
            if (typeof data20 === "string") {
              if (!pattern31.test(data20)) {
                const err43 = { instancePath: instancePath + "/timers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema68, data: data20 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            } else {
              const err44 = { instancePath: instancePath + "/timers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.type, parentSchema: schema68, data: data20 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
        if (data19["pause-after"] !== void 0) {
          let data21 = data19["pause-after"];
          if (typeof data21 === "string") {
            if (!pattern31.test(data21)) {
              const err45 = { instancePath: instancePath + "/timers/pause-after", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema68, data: data21 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          } else {
            const err46 = { instancePath: instancePath + "/timers/pause-after", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.type, parentSchema: schema68, data: data21 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data19["drop-after"] !== void 0) {
          let data22 = data19["drop-after"];
          if (typeof data22 === "string") {
            if (!pattern31.test(data22)) {
              const err47 = { instancePath: instancePath + "/timers/drop-after", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema68, data: data22 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = { instancePath: instancePath + "/timers/drop-after", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.type, parentSchema: schema68, data: data22 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/timers", schemaPath: "#/properties/timers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.timers.type, parentSchema: schema57.properties.timers, data: data19 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data23 = data.scope;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key5 in data23) {
          if (!(key5 === "allowDrop")) {
            const err50 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57.properties.scope, data: data23 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data23.allowDrop !== void 0) {
          let data24 = data23.allowDrop;
          if (typeof data24 !== "boolean") {
            const err51 = { instancePath: instancePath + "/scope/allowDrop", schemaPath: "#/properties/scope/properties/allowDrop/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema57.properties.scope.properties.allowDrop.type, parentSchema: schema57.properties.scope.properties.allowDrop, data: data24 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.scope.type, parentSchema: schema57.properties.scope, data: data23 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      if (!validate48(data.env, { instancePath: instancePath + "/env", parentData: data, parentDataProperty: "env", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
        errors = vErrors.length;
      }
    }
    if (data.secrets !== void 0) {
      let data26 = data.secrets;
      if (Array.isArray(data26)) {
        const len2 = data26.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data27 = data26[i4];
          if (typeof data27 === "string") {
            if (!pattern35.test(data27)) {
              const err53 = { instancePath: instancePath + "/secrets/" + i4, schemaPath: "#/$defs/secretName/pattern", keyword: "pattern", params: { pattern: "^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$"', schema: "^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema74, data: data27 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/secrets/" + i4, schemaPath: "#/$defs/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data27 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        let i5 = data26.length;
        let j2;
        if (i5 > 1) {
          outer0: for (; i5--; ) {
            for (j2 = i5; j2--; ) {
              if (func0(data26[i5], data26[j2])) {
                const err55 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema57.properties.secrets, data: data26 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.properties.secrets.type, parentSchema: schema57.properties.secrets, data: data26 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.healthChecks !== void 0) {
      let data28 = data.healthChecks;
      if (Array.isArray(data28)) {
        const len3 = data28.length;
        for (let i6 = 0; i6 < len3; i6++) {
          if (!validate52(data28[i6], { instancePath: instancePath + "/healthChecks/" + i6, parentData: data28, parentDataProperty: i6, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/healthChecks", schemaPath: "#/properties/healthChecks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.properties.healthChecks.type, parentSchema: schema57.properties.healthChecks, data: data28 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.stages !== void 0) {
      let data30 = data.stages;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (const key6 in data30) {
          const _errs73 = errors;
          if (typeof key6 === "string") {
            if (func2(key6) > 129) {
              const err58 = { instancePath: instancePath + "/stages", schemaPath: "#/$defs/stageName/maxLength", keyword: "maxLength", params: { limit: 129 }, message: "must NOT have more than 129 characters", schema: 129, parentSchema: schema82, data: key6, propertyName: key6 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (!pattern40.test(key6)) {
              const err59 = { instancePath: instancePath + "/stages", schemaPath: "#/$defs/stageName/pattern", keyword: "pattern", params: { pattern: "^([a-z][a-z0-9_-]*\\.)?[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^([a-z][a-z0-9_-]*\\.)?[a-z][a-z0-9_-]*$"', schema: "^([a-z][a-z0-9_-]*\\.)?[a-z][a-z0-9_-]*$", parentSchema: schema82, data: key6, propertyName: key6 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/stages", schemaPath: "#/$defs/stageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema82.type, parentSchema: schema82, data: key6, propertyName: key6 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          var valid26 = _errs73 === errors;
          if (!valid26) {
            const err61 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema57.properties.stages.propertyNames, parentSchema: schema57.properties.stages, data: data30 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        for (const key7 in data30) {
          if (!validate54(data30[key7], { instancePath: instancePath + "/stages/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data30, parentDataProperty: key7, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.stages.type, parentSchema: schema57.properties.stages, data: data30 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
  } else {
    const err63 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err63];
    } else {
      vErrors.push(err63);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validator2 = validate69;
var schema100 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/ferry/ferry/raw/v0/schemas/state.schema.json", "title": "ferry deployment state", "description": "One deployment's state: `deployments/<name>.json` on the branch `ferry/state`. Mirrors the `DeploymentState` type in src/core/deployment-state.ts; the branch's git history is the audit log. Lists and text are bounded by the writer (docs/concurrency.md), not here, so a longer list or text from another build is not corrupt.", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "deployment", "lifecycle", "regions", "run", "runSeq", "good", "rolledBack", "queue", "timers", "hold", "error", "stages", "counters", "history", "processed", "updatedAt"], "properties": { "schemaVersion": { "const": 1, "description": "Format version; older versions are migrated on read, newer ones refused." }, "deployment": { "$ref": "#/$defs/deploymentName" }, "lifecycle": { "$ref": "#/$defs/name" }, "regions": { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/regionState" }, "description": "The current state of each lifecycle region (`main` for a lifecycle without regions)." }, "run": { "description": "The current or last run, or null before the first.", "type": ["object", "null"], "if": { "type": "object" }, "then": { "$ref": "#/$defs/run" } }, "runSeq": { "type": "integer", "minimum": 0, "description": "The last run id handed out." }, "good": { "type": "array", "items": { "$ref": "#/$defs/goodVersion" }, "description": "Versions that reached a good state, most recent first." }, "rolledBack": { "type": ["object", "null"], "if": { "type": "object" }, "then": { "type": "object", "additionalProperties": false, "required": ["version", "at", "runId"], "properties": { "version": { "$ref": "#/$defs/runVersion" }, "at": { "$ref": "#/$defs/time" }, "runId": { "$ref": "#/$defs/runId" } } } }, "queue": { "type": "array", "items": { "$ref": "#/$defs/queuedTrigger" }, "description": "Triggers waiting while a run is busy or held. Newest wins: ferry keeps one (QUEUE_LIMIT) and counts the ones it superseded in its `coalesced`." }, "timers": { "type": "array", "items": { "$ref": "#/$defs/timer" } }, "hold": { "type": ["object", "null"], "if": { "type": "object" }, "then": { "$ref": "#/$defs/hold" } }, "error": { "type": ["object", "null"], "if": { "type": "object" }, "then": { "$ref": "#/$defs/error" } }, "stages": { "type": "array", "items": { "$ref": "#/$defs/stageResult" } }, "counters": { "$ref": "#/$defs/counters" }, "history": { "type": "array", "items": { "$ref": "#/$defs/historyEntry" } }, "processed": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Idempotency keys of the latest applied events." }, "updatedAt": { "$ref": "#/$defs/time" }, "manifest": { "$ref": "#/$defs/manifestSource" }, "fleet": { "$ref": "#/$defs/fleetRecord" } }, "$defs": { "fleetRecord": { "description": "A fleet deployment's rollout record (docs/fleet.md): written only on deployment-level changes, never per heartbeat.", "type": "object", "additionalProperties": false, "required": ["state", "runId", "generation", "summary"], "properties": { "state": { "type": "object", "additionalProperties": false, "required": ["rollout", "completed"], "properties": { "rollout": { "anyOf": [{ "type": "null" }, { "$ref": "#/$defs/fleetRollout" }] }, "completed": { "type": "array", "items": { "$ref": "#/$defs/version" } } } }, "runId": { "type": ["integer", "null"], "minimum": 1 }, "generation": { "type": "integer", "minimum": 1 }, "summary": { "anyOf": [{ "type": "null" }, { "$ref": "#/$defs/fleetSummary" }] } } }, "fleetRollout": { "type": "object", "additionalProperties": false, "required": ["kind", "version", "phase", "assigned", "batches", "startedAt", "endedAt", "from"], "properties": { "kind": { "enum": ["deploy", "rollback"] }, "version": { "$ref": "#/$defs/version" }, "phase": { "enum": ["running", "completed", "failed"] }, "assigned": { "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "enum": ["none", "through", "all"] }, "id": { "$ref": "#/$defs/instanceId" } } }, "batches": { "type": "integer", "minimum": 0 }, "startedAt": { "$ref": "#/$defs/time" }, "endedAt": { "anyOf": [{ "type": "null" }, { "$ref": "#/$defs/time" }] }, "from": { "anyOf": [{ "type": "null" }, { "$ref": "#/$defs/version" }] } } }, "fleetSummary": { "type": "object", "additionalProperties": false, "required": ["at", "total", "byStatus", "byUpdate", "problems", "moreProblems"], "properties": { "at": { "$ref": "#/$defs/time" }, "total": { "type": "integer", "minimum": 0 }, "byStatus": { "type": "object", "additionalProperties": false, "properties": { "UNKNOWN": { "type": "integer", "minimum": 0 }, "HEALTHY": { "type": "integer", "minimum": 0 }, "DEGRADED": { "type": "integer", "minimum": 0 }, "FAILED": { "type": "integer", "minimum": 0 } } }, "byUpdate": { "type": "object", "additionalProperties": false, "properties": { "not-needed": { "type": "integer", "minimum": 0 }, "needing-update": { "type": "integer", "minimum": 0 }, "in-progress": { "type": "integer", "minimum": 0 }, "completed": { "type": "integer", "minimum": 0 }, "failed": { "type": "integer", "minimum": 0 } } }, "problems": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "status", "message"], "properties": { "id": { "$ref": "#/$defs/instanceId" }, "status": { "enum": ["FAILED", "DEGRADED"] }, "message": { "type": ["string", "null"] } } } }, "moreProblems": { "type": "integer", "minimum": 0 } } }, "instanceId": { "description": "A fleet instance's id: what agents register with.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "name": { "type": "string", "pattern": "^[a-z][a-z0-9_-]*$", "maxLength": 64 }, "deploymentName": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$" }, "stageName": { "type": "string", "pattern": "^([a-z][a-z0-9_-]*\\.)?[a-z][a-z0-9_-]*$", "maxLength": 129 }, "time": { "type": "string", "format": "date-time" }, "version": { "type": "string", "minLength": 1, "description": "What is deployed: a commit sha for runs from GitHub." }, "runId": { "type": "integer", "minimum": 1 }, "attempt": { "type": "integer", "minimum": 1 }, "actor": { "type": "string", "minLength": 1 }, "cause": { "enum": ["create", "merge", "push", "label", "button", "cli", "timer", "runner", "rollback", "queue", "api", "promotion"] }, "regionState": { "type": "object", "additionalProperties": false, "required": ["state", "since", "resting"], "properties": { "state": { "$ref": "#/$defs/name" }, "since": { "$ref": "#/$defs/time" }, "resting": { "$ref": "#/$defs/name" } } }, "run": { "type": "object", "additionalProperties": false, "required": ["id", "kind", "cause", "actor", "version", "attempt", "startedAt"], "properties": { "id": { "$ref": "#/$defs/runId" }, "kind": { "enum": ["deploy", "rollback"] }, "cause": { "$ref": "#/$defs/cause" }, "actor": { "$ref": "#/$defs/actor" }, "version": { "$ref": "#/$defs/runVersion" }, "attempt": { "$ref": "#/$defs/attempt" }, "startedAt": { "$ref": "#/$defs/time" }, "from": { "$ref": "#/$defs/version" }, "coalesced": { "$ref": "#/$defs/coalesced" }, "pullRequest": { "$ref": "#/$defs/pullRequest" }, "surfaces": { "$ref": "#/$defs/runSurfaces" } } }, "goodVersion": { "type": "object", "additionalProperties": false, "required": ["version", "runId", "at"], "properties": { "version": { "$ref": "#/$defs/version" }, "runId": { "$ref": "#/$defs/runId" }, "at": { "$ref": "#/$defs/time" } } }, "queuedTrigger": { "type": "object", "additionalProperties": false, "required": ["eventId", "version", "cause", "actor", "at"], "properties": { "eventId": { "type": "string", "minLength": 1 }, "version": { "$ref": "#/$defs/version" }, "cause": { "$ref": "#/$defs/cause" }, "actor": { "$ref": "#/$defs/actor" }, "at": { "$ref": "#/$defs/time" }, "coalesced": { "$ref": "#/$defs/coalesced" }, "pullRequest": { "$ref": "#/$defs/pullRequest" } } }, "pullRequest": { "type": "integer", "minimum": 1, "description": "The pull request whose merge (or preview) the trigger deploys, when known; absent for pushes, local runs and rollbacks." }, "coalesced": { "type": "integer", "minimum": 1, "description": "How many older queued triggers this trigger superseded (counting the ones they had superseded); absent when none." }, "timer": { "type": "object", "additionalProperties": false, "required": ["name", "due"], "properties": { "name": { "type": "string", "minLength": 1, "description": "A lifecycle timer name, or a core timer such as `stage-deadline:<region>` or `stage-approval:<region>`." }, "due": { "$ref": "#/$defs/time" }, "region": { "$ref": "#/$defs/name" }, "runId": { "$ref": "#/$defs/runId" } } }, "error": { "type": "object", "additionalProperties": false, "required": ["step", "message", "at", "state"], "properties": { "step": { "type": "string", "minLength": 1 }, "message": { "type": "string" }, "at": { "$ref": "#/$defs/time" }, "state": { "$ref": "#/$defs/name" }, "runId": { "$ref": "#/$defs/runId" } } }, "hold": { "type": "object", "additionalProperties": false, "required": ["actor", "at", "deferred"], "properties": { "actor": { "$ref": "#/$defs/actor" }, "at": { "$ref": "#/$defs/time" }, "deferred": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["region", "state"], "properties": { "region": { "$ref": "#/$defs/name" }, "state": { "$ref": "#/$defs/name" } } } } } }, "stageResult": { "type": "object", "additionalProperties": false, "required": ["region", "state", "stage", "runId", "attempt", "status", "startedAt"], "properties": { "region": { "$ref": "#/$defs/name" }, "state": { "$ref": "#/$defs/name" }, "stage": { "$ref": "#/$defs/stageName" }, "runId": { "$ref": "#/$defs/runId" }, "attempt": { "$ref": "#/$defs/attempt" }, "status": { "description": "How the attempt stands or ended. A failed or timed-out attempt keeps that status when it is retried; the retry is the next attempt. `retrying` is only written by earlier builds and becomes `failed` when the retry starts.", "enum": ["dispatching", "running", "succeeded", "failed", "timed-out", "cancelled", "skipped", "retrying"] }, "startedAt": { "$ref": "#/$defs/time" }, "finishedAt": { "$ref": "#/$defs/time" }, "deadline": { "$ref": "#/$defs/time" }, "message": { "type": "string" }, "url": { "type": "string", "minLength": 1 }, "externalId": { "type": "string", "minLength": 1 }, "retriesLeft": { "type": "integer", "minimum": 0 }, "approval": { "$ref": "#/$defs/stageApproval" } } }, "stageApproval": { "description": "The stage's job held by the required reviewers of a GitHub environment: who may approve, since when, and the decision.", "type": "object", "additionalProperties": false, "required": ["environment", "reviewers", "since", "state"], "properties": { "environment": { "type": "string", "minLength": 1 }, "reviewers": { "description": "A user's login, or a team as `org/slug`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "since": { "$ref": "#/$defs/time" }, "state": { "enum": ["waiting", "approved", "rejected", "timed-out"] }, "by": { "$ref": "#/$defs/actor" }, "decidedAt": { "$ref": "#/$defs/time" }, "comment": { "type": "string" } } }, "counters": { "type": "object", "additionalProperties": false, "required": ["failed", "completed", "inProgress", "total"], "properties": { "failed": { "type": "integer", "minimum": 0 }, "completed": { "type": "integer", "minimum": 0 }, "inProgress": { "type": "integer", "minimum": 0 }, "total": { "type": "integer", "minimum": 0 } } }, "historyEntry": { "type": "object", "additionalProperties": false, "required": ["at", "region", "from", "to", "event", "eventId", "actor"], "properties": { "at": { "$ref": "#/$defs/time" }, "region": { "$ref": "#/$defs/name" }, "from": { "$ref": "#/$defs/name" }, "to": { "$ref": "#/$defs/name" }, "event": { "type": "string", "minLength": 1 }, "eventId": { "type": "string", "minLength": 1 }, "actor": { "$ref": "#/$defs/actor" }, "runId": { "$ref": "#/$defs/runId" }, "note": { "type": "string" } } }, "manifestSource": { "type": "object", "additionalProperties": false, "required": ["commit", "path"], "description": "The manifest in force for the deployment: the commit it was read at and its path there, so every replica reads the same one. Absent in local mode and in files of earlier builds.", "properties": { "commit": { "type": "string", "pattern": "^[0-9a-f]{40}$" }, "path": { "type": "string", "pattern": "^\\.ferry/deployments/[^/]{1,200}\\.ya?ml$" } } }, "runVersion": { "type": "string", "description": "The version a run deploys; empty for a run that started without one (e.g. a drop or stop before any deploy)." }, "runSurfaces": { "type": "object", "additionalProperties": false, "description": "Ids of the surfaces the run owns on GitHub, recorded once known so no replica creates a second one.", "properties": { "checkRun": { "type": "integer", "minimum": 1, "maximum": 9007199254740991, "description": "The run's check run id." }, "deployment": { "type": "integer", "minimum": 1, "maximum": 9007199254740991, "description": "The run's GitHub deployment id." } } } } };
var schema101 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$" };
var schema102 = { "type": "string", "pattern": "^[a-z][a-z0-9_-]*$", "maxLength": 64 };
var schema112 = { "type": "string", "description": "The version a run deploys; empty for a run that started without one (e.g. a drop or stop before any deploy)." };
var schema106 = { "type": "string", "format": "date-time" };
var schema109 = { "type": "integer", "minimum": 1 };
var schema159 = { "type": "object", "additionalProperties": false, "required": ["failed", "completed", "inProgress", "total"], "properties": { "failed": { "type": "integer", "minimum": 0 }, "completed": { "type": "integer", "minimum": 0 }, "inProgress": { "type": "integer", "minimum": 0 }, "total": { "type": "integer", "minimum": 0 } } };
var schema168 = { "type": "object", "additionalProperties": false, "required": ["commit", "path"], "description": "The manifest in force for the deployment: the commit it was read at and its path there, so every replica reads the same one. Absent in local mode and in files of earlier builds.", "properties": { "commit": { "type": "string", "pattern": "^[0-9a-f]{40}$" }, "path": { "type": "string", "pattern": "^\\.ferry/deployments/[^/]{1,200}\\.ya?ml$" } } };
var pattern69 = new RegExp("^[0-9a-f]{40}$", "u");
var pattern70 = new RegExp("^\\.ferry/deployments/[^/]{1,200}\\.ya?ml$", "u");
var schema104 = { "type": "object", "additionalProperties": false, "required": ["state", "since", "resting"], "properties": { "state": { "$ref": "#/$defs/name" }, "since": { "$ref": "#/$defs/time" }, "resting": { "$ref": "#/$defs/name" } } };
var formats6 = runtime2.fullFormats["date-time"];
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.state === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema104.required, parentSchema: schema104, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.since === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property 'since'", schema: schema104.required, parentSchema: schema104, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.resting === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resting" }, message: "must have required property 'resting'", schema: schema104.required, parentSchema: schema104, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "state" || key0 === "since" || key0 === "resting")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema104, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data0 = data.state;
      if (typeof data0 === "string") {
        if (func2(data0) > 64) {
          const err4 = { instancePath: instancePath + "/state", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/state", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/state", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.since !== void 0) {
      let data1 = data.since;
      if (typeof data1 === "string") {
        if (!formats6.validate(data1)) {
          const err7 = { instancePath: instancePath + "/since", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/since", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.resting !== void 0) {
      let data2 = data.resting;
      if (typeof data2 === "string") {
        if (func2(data2) > 64) {
          const err9 = { instancePath: instancePath + "/resting", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err10 = { instancePath: instancePath + "/resting", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/resting", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema104.type, parentSchema: schema104, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema108 = { "type": "object", "additionalProperties": false, "required": ["id", "kind", "cause", "actor", "version", "attempt", "startedAt"], "properties": { "id": { "$ref": "#/$defs/runId" }, "kind": { "enum": ["deploy", "rollback"] }, "cause": { "$ref": "#/$defs/cause" }, "actor": { "$ref": "#/$defs/actor" }, "version": { "$ref": "#/$defs/runVersion" }, "attempt": { "$ref": "#/$defs/attempt" }, "startedAt": { "$ref": "#/$defs/time" }, "from": { "$ref": "#/$defs/version" }, "coalesced": { "$ref": "#/$defs/coalesced" }, "pullRequest": { "$ref": "#/$defs/pullRequest" }, "surfaces": { "$ref": "#/$defs/runSurfaces" } } };
var schema110 = { "enum": ["create", "merge", "push", "label", "button", "cli", "timer", "runner", "rollback", "queue", "api", "promotion"] };
var schema111 = { "type": "string", "minLength": 1 };
var schema113 = { "type": "integer", "minimum": 1 };
var schema115 = { "type": "string", "minLength": 1, "description": "What is deployed: a commit sha for runs from GitHub." };
var schema116 = { "type": "integer", "minimum": 1, "description": "How many older queued triggers this trigger superseded (counting the ones they had superseded); absent when none." };
var schema117 = { "type": "integer", "minimum": 1, "description": "The pull request whose merge (or preview) the trigger deploys, when known; absent for pushes, local runs and rollbacks." };
var schema118 = { "type": "object", "additionalProperties": false, "description": "Ids of the surfaces the run owns on GitHub, recorded once known so no replica creates a second one.", "properties": { "checkRun": { "type": "integer", "minimum": 1, "maximum": 9007199254740991, "description": "The run's check run id." }, "deployment": { "type": "integer", "minimum": 1, "maximum": 9007199254740991, "description": "The run's GitHub deployment id." } } };
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate72.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.cause === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.actor === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.attempt === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property 'attempt'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema108.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema108, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema109.type, parentSchema: schema109, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/runId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema109, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (!(data1 === "deploy" || data1 === "rollback")) {
        const err10 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema108.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema108.properties.kind.enum, parentSchema: schema108.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.cause !== void 0) {
      let data2 = data.cause;
      if (!(data2 === "create" || data2 === "merge" || data2 === "push" || data2 === "label" || data2 === "button" || data2 === "cli" || data2 === "timer" || data2 === "runner" || data2 === "rollback" || data2 === "queue" || data2 === "api" || data2 === "promotion")) {
        const err11 = { instancePath: instancePath + "/cause", schemaPath: "#/$defs/cause/enum", keyword: "enum", params: { allowedValues: schema110.enum }, message: "must be equal to one of the allowed values", schema: schema110.enum, parentSchema: schema110, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.actor !== void 0) {
      let data3 = data.actor;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err12 = { instancePath: instancePath + "/actor", schemaPath: "#/$defs/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/actor", schemaPath: "#/$defs/actor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.type, parentSchema: schema111, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data4 = data.version;
      if (typeof data4 !== "string") {
        const err14 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/runVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.type, parentSchema: schema112, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.attempt !== void 0) {
      let data5 = data.attempt;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err15 = { instancePath: instancePath + "/attempt", schemaPath: "#/$defs/attempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.type, parentSchema: schema113, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err16 = { instancePath: instancePath + "/attempt", schemaPath: "#/$defs/attempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema113, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.startedAt !== void 0) {
      let data6 = data.startedAt;
      if (typeof data6 === "string") {
        if (!formats6.validate(data6)) {
          const err17 = { instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data7 = data.from;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err19 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema115, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema115.type, parentSchema: schema115, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.coalesced !== void 0) {
      let data8 = data.coalesced;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err21 = { instancePath: instancePath + "/coalesced", schemaPath: "#/$defs/coalesced/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema116.type, parentSchema: schema116, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 < 1 || isNaN(data8)) {
          const err22 = { instancePath: instancePath + "/coalesced", schemaPath: "#/$defs/coalesced/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema116, data: data8 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.pullRequest !== void 0) {
      let data9 = data.pullRequest;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err23 = { instancePath: instancePath + "/pullRequest", schemaPath: "#/$defs/pullRequest/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema117.type, parentSchema: schema117, data: data9 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 1 || isNaN(data9)) {
          const err24 = { instancePath: instancePath + "/pullRequest", schemaPath: "#/$defs/pullRequest/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema117, data: data9 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
    if (data.surfaces !== void 0) {
      let data10 = data.surfaces;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key1 in data10) {
          if (!(key1 === "checkRun" || key1 === "deployment")) {
            const err25 = { instancePath: instancePath + "/surfaces", schemaPath: "#/$defs/runSurfaces/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema118, data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.checkRun !== void 0) {
          let data11 = data10.checkRun;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err26 = { instancePath: instancePath + "/surfaces/checkRun", schemaPath: "#/$defs/runSurfaces/properties/checkRun/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema118.properties.checkRun.type, parentSchema: schema118.properties.checkRun, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 9007199254740991 || isNaN(data11)) {
              const err27 = { instancePath: instancePath + "/surfaces/checkRun", schemaPath: "#/$defs/runSurfaces/properties/checkRun/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema118.properties.checkRun, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data11 < 1 || isNaN(data11)) {
              const err28 = { instancePath: instancePath + "/surfaces/checkRun", schemaPath: "#/$defs/runSurfaces/properties/checkRun/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema118.properties.checkRun, data: data11 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
        if (data10.deployment !== void 0) {
          let data12 = data10.deployment;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err29 = { instancePath: instancePath + "/surfaces/deployment", schemaPath: "#/$defs/runSurfaces/properties/deployment/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema118.properties.deployment.type, parentSchema: schema118.properties.deployment, data: data12 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 > 9007199254740991 || isNaN(data12)) {
              const err30 = { instancePath: instancePath + "/surfaces/deployment", schemaPath: "#/$defs/runSurfaces/properties/deployment/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema118.properties.deployment, data: data12 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data12 < 1 || isNaN(data12)) {
              const err31 = { instancePath: instancePath + "/surfaces/deployment", schemaPath: "#/$defs/runSurfaces/properties/deployment/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema118.properties.deployment, data: data12 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/surfaces", schemaPath: "#/$defs/runSurfaces/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema118.type, parentSchema: schema118, data: data10 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema108.type, parentSchema: schema108, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
validate72.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema119 = { "type": "object", "additionalProperties": false, "required": ["version", "runId", "at"], "properties": { "version": { "$ref": "#/$defs/version" }, "runId": { "$ref": "#/$defs/runId" }, "at": { "$ref": "#/$defs/time" } } };
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.runId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property 'runId'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "runId" || key0 === "at")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema115, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema115.type, parentSchema: schema115, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.runId !== void 0) {
      let data1 = data.runId;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/runId", schemaPath: "#/$defs/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema109.type, parentSchema: schema109, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/runId", schemaPath: "#/$defs/runId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema109, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.at !== void 0) {
      let data2 = data.at;
      if (typeof data2 === "string") {
        if (!formats6.validate(data2)) {
          const err8 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.type, parentSchema: schema119, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema126 = { "type": "object", "additionalProperties": false, "required": ["eventId", "version", "cause", "actor", "at"], "properties": { "eventId": { "type": "string", "minLength": 1 }, "version": { "$ref": "#/$defs/version" }, "cause": { "$ref": "#/$defs/cause" }, "actor": { "$ref": "#/$defs/actor" }, "at": { "$ref": "#/$defs/time" }, "coalesced": { "$ref": "#/$defs/coalesced" }, "pullRequest": { "$ref": "#/$defs/pullRequest" } } };
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.eventId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventId" }, message: "must have required property 'eventId'", schema: schema126.required, parentSchema: schema126, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema126.required, parentSchema: schema126, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.cause === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'", schema: schema126.required, parentSchema: schema126, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.actor === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'", schema: schema126.required, parentSchema: schema126, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema126.required, parentSchema: schema126, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "eventId" || key0 === "version" || key0 === "cause" || key0 === "actor" || key0 === "at" || key0 === "coalesced" || key0 === "pullRequest")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema126, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.eventId !== void 0) {
      let data0 = data.eventId;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err6 = { instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema126.properties.eventId, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema126.properties.eventId.type, parentSchema: schema126.properties.eventId, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema115, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema115.type, parentSchema: schema115, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.cause !== void 0) {
      let data2 = data.cause;
      if (!(data2 === "create" || data2 === "merge" || data2 === "push" || data2 === "label" || data2 === "button" || data2 === "cli" || data2 === "timer" || data2 === "runner" || data2 === "rollback" || data2 === "queue" || data2 === "api" || data2 === "promotion")) {
        const err10 = { instancePath: instancePath + "/cause", schemaPath: "#/$defs/cause/enum", keyword: "enum", params: { allowedValues: schema110.enum }, message: "must be equal to one of the allowed values", schema: schema110.enum, parentSchema: schema110, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.actor !== void 0) {
      let data3 = data.actor;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err11 = { instancePath: instancePath + "/actor", schemaPath: "#/$defs/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/actor", schemaPath: "#/$defs/actor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.type, parentSchema: schema111, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data4 = data.at;
      if (typeof data4 === "string") {
        if (!formats6.validate(data4)) {
          const err13 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.coalesced !== void 0) {
      let data5 = data.coalesced;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err15 = { instancePath: instancePath + "/coalesced", schemaPath: "#/$defs/coalesced/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema116.type, parentSchema: schema116, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err16 = { instancePath: instancePath + "/coalesced", schemaPath: "#/$defs/coalesced/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema116, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.pullRequest !== void 0) {
      let data6 = data.pullRequest;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err17 = { instancePath: instancePath + "/pullRequest", schemaPath: "#/$defs/pullRequest/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema117.type, parentSchema: schema117, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 1 || isNaN(data6)) {
          const err18 = { instancePath: instancePath + "/pullRequest", schemaPath: "#/$defs/pullRequest/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema117, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema126.type, parentSchema: schema126, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema133 = { "type": "object", "additionalProperties": false, "required": ["name", "due"], "properties": { "name": { "type": "string", "minLength": 1, "description": "A lifecycle timer name, or a core timer such as `stage-deadline:<region>` or `stage-approval:<region>`." }, "due": { "$ref": "#/$defs/time" }, "region": { "$ref": "#/$defs/name" }, "runId": { "$ref": "#/$defs/runId" } } };
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema133.required, parentSchema: schema133, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.due === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "due" }, message: "must have required property 'due'", schema: schema133.required, parentSchema: schema133, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "due" || key0 === "region" || key0 === "runId")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema133, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema133.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema133.properties.name.type, parentSchema: schema133.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.due !== void 0) {
      let data1 = data.due;
      if (typeof data1 === "string") {
        if (!formats6.validate(data1)) {
          const err5 = { instancePath: instancePath + "/due", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/due", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data2 = data.region;
      if (typeof data2 === "string") {
        if (func2(data2) > 64) {
          const err7 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err8 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.runId !== void 0) {
      let data3 = data.runId;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err10 = { instancePath: instancePath + "/runId", schemaPath: "#/$defs/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema109.type, parentSchema: schema109, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err11 = { instancePath: instancePath + "/runId", schemaPath: "#/$defs/runId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema109, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema133.type, parentSchema: schema133, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema137 = { "type": "object", "additionalProperties": false, "required": ["actor", "at", "deferred"], "properties": { "actor": { "$ref": "#/$defs/actor" }, "at": { "$ref": "#/$defs/time" }, "deferred": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["region", "state"], "properties": { "region": { "$ref": "#/$defs/name" }, "state": { "$ref": "#/$defs/name" } } } } } };
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.actor === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'", schema: schema137.required, parentSchema: schema137, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema137.required, parentSchema: schema137, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.deferred === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deferred" }, message: "must have required property 'deferred'", schema: schema137.required, parentSchema: schema137, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "actor" || key0 === "at" || key0 === "deferred")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema137, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.actor !== void 0) {
      let data0 = data.actor;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/actor", schemaPath: "#/$defs/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/actor", schemaPath: "#/$defs/actor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.type, parentSchema: schema111, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data1 = data.at;
      if (typeof data1 === "string") {
        if (!formats6.validate(data1)) {
          const err6 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.deferred !== void 0) {
      let data2 = data.deferred;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.region === void 0) {
              const err8 = { instancePath: instancePath + "/deferred/" + i0, schemaPath: "#/properties/deferred/items/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'", schema: schema137.properties.deferred.items.required, parentSchema: schema137.properties.deferred.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data3.state === void 0) {
              const err9 = { instancePath: instancePath + "/deferred/" + i0, schemaPath: "#/properties/deferred/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema137.properties.deferred.items.required, parentSchema: schema137.properties.deferred.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === "region" || key1 === "state")) {
                const err10 = { instancePath: instancePath + "/deferred/" + i0, schemaPath: "#/properties/deferred/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema137.properties.deferred.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.region !== void 0) {
              let data4 = data3.region;
              if (typeof data4 === "string") {
                if (func2(data4) > 64) {
                  const err11 = { instancePath: instancePath + "/deferred/" + i0 + "/region", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (!pattern4.test(data4)) {
                  const err12 = { instancePath: instancePath + "/deferred/" + i0 + "/region", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/deferred/" + i0 + "/region", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: data4 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.state !== void 0) {
              let data5 = data3.state;
              if (typeof data5 === "string") {
                if (func2(data5) > 64) {
                  const err14 = { instancePath: instancePath + "/deferred/" + i0 + "/state", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (!pattern4.test(data5)) {
                  const err15 = { instancePath: instancePath + "/deferred/" + i0 + "/state", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/deferred/" + i0 + "/state", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: data5 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/deferred/" + i0, schemaPath: "#/properties/deferred/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema137.properties.deferred.items.type, parentSchema: schema137.properties.deferred.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/deferred", schemaPath: "#/properties/deferred/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema137.properties.deferred.type, parentSchema: schema137.properties.deferred, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema137.type, parentSchema: schema137, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema142 = { "type": "object", "additionalProperties": false, "required": ["step", "message", "at", "state"], "properties": { "step": { "type": "string", "minLength": 1 }, "message": { "type": "string" }, "at": { "$ref": "#/$defs/time" }, "state": { "$ref": "#/$defs/name" }, "runId": { "$ref": "#/$defs/runId" } } };
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.step === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "step" }, message: "must have required property 'step'", schema: schema142.required, parentSchema: schema142, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema142.required, parentSchema: schema142, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema142.required, parentSchema: schema142, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema142.required, parentSchema: schema142, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "step" || key0 === "message" || key0 === "at" || key0 === "state" || key0 === "runId")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema142, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.step !== void 0) {
      let data0 = data.step;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/step", schemaPath: "#/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema142.properties.step, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/step", schemaPath: "#/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema142.properties.step.type, parentSchema: schema142.properties.step, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data1 = data.message;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema142.properties.message.type, parentSchema: schema142.properties.message, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data2 = data.at;
      if (typeof data2 === "string") {
        if (!formats6.validate(data2)) {
          const err8 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data3 = data.state;
      if (typeof data3 === "string") {
        if (func2(data3) > 64) {
          const err10 = { instancePath: instancePath + "/state", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern4.test(data3)) {
          const err11 = { instancePath: instancePath + "/state", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/state", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.runId !== void 0) {
      let data4 = data.runId;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err13 = { instancePath: instancePath + "/runId", schemaPath: "#/$defs/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema109.type, parentSchema: schema109, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/runId", schemaPath: "#/$defs/runId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema109, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema142.type, parentSchema: schema142, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
validate82.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema146 = { "type": "object", "additionalProperties": false, "required": ["region", "state", "stage", "runId", "attempt", "status", "startedAt"], "properties": { "region": { "$ref": "#/$defs/name" }, "state": { "$ref": "#/$defs/name" }, "stage": { "$ref": "#/$defs/stageName" }, "runId": { "$ref": "#/$defs/runId" }, "attempt": { "$ref": "#/$defs/attempt" }, "status": { "description": "How the attempt stands or ended. A failed or timed-out attempt keeps that status when it is retried; the retry is the next attempt. `retrying` is only written by earlier builds and becomes `failed` when the retry starts.", "enum": ["dispatching", "running", "succeeded", "failed", "timed-out", "cancelled", "skipped", "retrying"] }, "startedAt": { "$ref": "#/$defs/time" }, "finishedAt": { "$ref": "#/$defs/time" }, "deadline": { "$ref": "#/$defs/time" }, "message": { "type": "string" }, "url": { "type": "string", "minLength": 1 }, "externalId": { "type": "string", "minLength": 1 }, "retriesLeft": { "type": "integer", "minimum": 0 }, "approval": { "$ref": "#/$defs/stageApproval" } } };
var schema149 = { "type": "string", "pattern": "^([a-z][a-z0-9_-]*\\.)?[a-z][a-z0-9_-]*$", "maxLength": 129 };
var schema155 = { "description": "The stage's job held by the required reviewers of a GitHub environment: who may approve, since when, and the decision.", "type": "object", "additionalProperties": false, "required": ["environment", "reviewers", "since", "state"], "properties": { "environment": { "type": "string", "minLength": 1 }, "reviewers": { "description": "A user's login, or a team as `org/slug`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "since": { "$ref": "#/$defs/time" }, "state": { "enum": ["waiting", "approved", "rejected", "timed-out"] }, "by": { "$ref": "#/$defs/actor" }, "decidedAt": { "$ref": "#/$defs/time" }, "comment": { "type": "string" } } };
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.environment === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema155.required, parentSchema: schema155, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reviewers === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reviewers" }, message: "must have required property 'reviewers'", schema: schema155.required, parentSchema: schema155, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.since === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property 'since'", schema: schema155.required, parentSchema: schema155, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema155.required, parentSchema: schema155, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "environment" || key0 === "reviewers" || key0 === "since" || key0 === "state" || key0 === "by" || key0 === "decidedAt" || key0 === "comment")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema155, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data0 = data.environment;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema155.properties.environment, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema155.properties.environment.type, parentSchema: schema155.properties.environment, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.reviewers !== void 0) {
      let data1 = data.reviewers;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err7 = { instancePath: instancePath + "/reviewers/" + i0, schemaPath: "#/properties/reviewers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema155.properties.reviewers.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/reviewers/" + i0, schemaPath: "#/properties/reviewers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema155.properties.reviewers.items.type, parentSchema: schema155.properties.reviewers.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/reviewers", schemaPath: "#/properties/reviewers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema155.properties.reviewers.type, parentSchema: schema155.properties.reviewers, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.since !== void 0) {
      let data3 = data.since;
      if (typeof data3 === "string") {
        if (!formats6.validate(data3)) {
          const err10 = { instancePath: instancePath + "/since", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/since", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data4 = data.state;
      if (!(data4 === "waiting" || data4 === "approved" || data4 === "rejected" || data4 === "timed-out")) {
        const err12 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema155.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema155.properties.state.enum, parentSchema: schema155.properties.state, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.by !== void 0) {
      let data5 = data.by;
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err13 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/actor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.type, parentSchema: schema111, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.decidedAt !== void 0) {
      let data6 = data.decidedAt;
      if (typeof data6 === "string") {
        if (!formats6.validate(data6)) {
          const err15 = { instancePath: instancePath + "/decidedAt", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/decidedAt", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.comment !== void 0) {
      let data7 = data.comment;
      if (typeof data7 !== "string") {
        const err17 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema155.properties.comment.type, parentSchema: schema155.properties.comment, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema155.type, parentSchema: schema155, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.region === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'", schema: schema146.required, parentSchema: schema146, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema146.required, parentSchema: schema146, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.stage === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'", schema: schema146.required, parentSchema: schema146, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.runId === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property 'runId'", schema: schema146.required, parentSchema: schema146, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.attempt === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property 'attempt'", schema: schema146.required, parentSchema: schema146, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema146.required, parentSchema: schema146, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema146.required, parentSchema: schema146, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema146.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema146, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data0 = data.region;
      if (typeof data0 === "string") {
        if (func2(data0) > 64) {
          const err8 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err9 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data1 = data.state;
      if (typeof data1 === "string") {
        if (func2(data1) > 64) {
          const err11 = { instancePath: instancePath + "/state", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err12 = { instancePath: instancePath + "/state", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/state", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      let data2 = data.stage;
      if (typeof data2 === "string") {
        if (func2(data2) > 129) {
          const err14 = { instancePath: instancePath + "/stage", schemaPath: "#/$defs/stageName/maxLength", keyword: "maxLength", params: { limit: 129 }, message: "must NOT have more than 129 characters", schema: 129, parentSchema: schema149, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern40.test(data2)) {
          const err15 = { instancePath: instancePath + "/stage", schemaPath: "#/$defs/stageName/pattern", keyword: "pattern", params: { pattern: "^([a-z][a-z0-9_-]*\\.)?[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^([a-z][a-z0-9_-]*\\.)?[a-z][a-z0-9_-]*$"', schema: "^([a-z][a-z0-9_-]*\\.)?[a-z][a-z0-9_-]*$", parentSchema: schema149, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/stage", schemaPath: "#/$defs/stageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema149.type, parentSchema: schema149, data: data2 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.runId !== void 0) {
      let data3 = data.runId;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err17 = { instancePath: instancePath + "/runId", schemaPath: "#/$defs/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema109.type, parentSchema: schema109, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err18 = { instancePath: instancePath + "/runId", schemaPath: "#/$defs/runId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema109, data: data3 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.attempt !== void 0) {
      let data4 = data.attempt;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err19 = { instancePath: instancePath + "/attempt", schemaPath: "#/$defs/attempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.type, parentSchema: schema113, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err20 = { instancePath: instancePath + "/attempt", schemaPath: "#/$defs/attempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema113, data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.status !== void 0) {
      let data5 = data.status;
      if (!(data5 === "dispatching" || data5 === "running" || data5 === "succeeded" || data5 === "failed" || data5 === "timed-out" || data5 === "cancelled" || data5 === "skipped" || data5 === "retrying")) {
        const err21 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema146.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema146.properties.status.enum, parentSchema: schema146.properties.status, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.startedAt !== void 0) {
      let data6 = data.startedAt;
      if (typeof data6 === "string") {
        if (!formats6.validate(data6)) {
          const err22 = { instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data6 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data6 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.finishedAt !== void 0) {
      let data7 = data.finishedAt;
      if (typeof data7 === "string") {
        if (!formats6.validate(data7)) {
          const err24 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data7 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data7 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.deadline !== void 0) {
      let data8 = data.deadline;
      if (typeof data8 === "string") {
        if (!formats6.validate(data8)) {
          const err26 = { instancePath: instancePath + "/deadline", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data8 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/deadline", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data8 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data9 = data.message;
      if (typeof data9 !== "string") {
        const err28 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema146.properties.message.type, parentSchema: schema146.properties.message, data: data9 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data10 = data.url;
      if (typeof data10 === "string") {
        if (func2(data10) < 1) {
          const err29 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema146.properties.url, data: data10 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema146.properties.url.type, parentSchema: schema146.properties.url, data: data10 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.externalId !== void 0) {
      let data11 = data.externalId;
      if (typeof data11 === "string") {
        if (func2(data11) < 1) {
          const err31 = { instancePath: instancePath + "/externalId", schemaPath: "#/properties/externalId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema146.properties.externalId, data: data11 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/externalId", schemaPath: "#/properties/externalId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema146.properties.externalId.type, parentSchema: schema146.properties.externalId, data: data11 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.retriesLeft !== void 0) {
      let data12 = data.retriesLeft;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
        const err33 = { instancePath: instancePath + "/retriesLeft", schemaPath: "#/properties/retriesLeft/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema146.properties.retriesLeft.type, parentSchema: schema146.properties.retriesLeft, data: data12 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 < 0 || isNaN(data12)) {
          const err34 = { instancePath: instancePath + "/retriesLeft", schemaPath: "#/properties/retriesLeft/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema146.properties.retriesLeft, data: data12 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.approval !== void 0) {
      if (!validate85(data.approval, { instancePath: instancePath + "/approval", parentData: data, parentDataProperty: "approval", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema146.type, parentSchema: schema146, data };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema160 = { "type": "object", "additionalProperties": false, "required": ["at", "region", "from", "to", "event", "eventId", "actor"], "properties": { "at": { "$ref": "#/$defs/time" }, "region": { "$ref": "#/$defs/name" }, "from": { "$ref": "#/$defs/name" }, "to": { "$ref": "#/$defs/name" }, "event": { "type": "string", "minLength": 1 }, "eventId": { "type": "string", "minLength": 1 }, "actor": { "$ref": "#/$defs/actor" }, "runId": { "$ref": "#/$defs/runId" }, "note": { "type": "string" } } };
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.at === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema160.required, parentSchema: schema160, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.region === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'", schema: schema160.required, parentSchema: schema160, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.from === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema160.required, parentSchema: schema160, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.to === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema160.required, parentSchema: schema160, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.event === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema160.required, parentSchema: schema160, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.eventId === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventId" }, message: "must have required property 'eventId'", schema: schema160.required, parentSchema: schema160, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.actor === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'", schema: schema160.required, parentSchema: schema160, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema160.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema160, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data0 = data.at;
      if (typeof data0 === "string") {
        if (!formats6.validate(data0)) {
          const err8 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data1 = data.region;
      if (typeof data1 === "string") {
        if (func2(data1) > 64) {
          const err10 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err11 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data2 = data.from;
      if (typeof data2 === "string") {
        if (func2(data2) > 64) {
          const err13 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err14 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.to !== void 0) {
      let data3 = data.to;
      if (typeof data3 === "string") {
        if (func2(data3) > 64) {
          const err16 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: data3 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern4.test(data3)) {
          const err17 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.event !== void 0) {
      let data4 = data.event;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err19 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema160.properties.event, data: data4 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema160.properties.event.type, parentSchema: schema160.properties.event, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.eventId !== void 0) {
      let data5 = data.eventId;
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err21 = { instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema160.properties.eventId, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema160.properties.eventId.type, parentSchema: schema160.properties.eventId, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.actor !== void 0) {
      let data6 = data.actor;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err23 = { instancePath: instancePath + "/actor", schemaPath: "#/$defs/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111, data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/actor", schemaPath: "#/$defs/actor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.type, parentSchema: schema111, data: data6 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.runId !== void 0) {
      let data7 = data.runId;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err25 = { instancePath: instancePath + "/runId", schemaPath: "#/$defs/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema109.type, parentSchema: schema109, data: data7 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 1 || isNaN(data7)) {
          const err26 = { instancePath: instancePath + "/runId", schemaPath: "#/$defs/runId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema109, data: data7 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    if (data.note !== void 0) {
      let data8 = data.note;
      if (typeof data8 !== "string") {
        const err27 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema160.properties.note.type, parentSchema: schema160.properties.note, data: data8 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema160.type, parentSchema: schema160, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema169 = { "description": "A fleet deployment's rollout record (docs/fleet.md): written only on deployment-level changes, never per heartbeat.", "type": "object", "additionalProperties": false, "required": ["state", "runId", "generation", "summary"], "properties": { "state": { "type": "object", "additionalProperties": false, "required": ["rollout", "completed"], "properties": { "rollout": { "anyOf": [{ "type": "null" }, { "$ref": "#/$defs/fleetRollout" }] }, "completed": { "type": "array", "items": { "$ref": "#/$defs/version" } } } }, "runId": { "type": ["integer", "null"], "minimum": 1 }, "generation": { "type": "integer", "minimum": 1 }, "summary": { "anyOf": [{ "type": "null" }, { "$ref": "#/$defs/fleetSummary" }] } } };
var schema170 = { "type": "object", "additionalProperties": false, "required": ["kind", "version", "phase", "assigned", "batches", "startedAt", "endedAt", "from"], "properties": { "kind": { "enum": ["deploy", "rollback"] }, "version": { "$ref": "#/$defs/version" }, "phase": { "enum": ["running", "completed", "failed"] }, "assigned": { "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "enum": ["none", "through", "all"] }, "id": { "$ref": "#/$defs/instanceId" } } }, "batches": { "type": "integer", "minimum": 0 }, "startedAt": { "$ref": "#/$defs/time" }, "endedAt": { "anyOf": [{ "type": "null" }, { "$ref": "#/$defs/time" }] }, "from": { "anyOf": [{ "type": "null" }, { "$ref": "#/$defs/version" }] } } };
var schema172 = { "description": "A fleet instance's id: what agents register with.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" };
var pattern71 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
function validate91(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema170.required, parentSchema: schema170, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema170.required, parentSchema: schema170, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.phase === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property 'phase'", schema: schema170.required, parentSchema: schema170, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.assigned === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "assigned" }, message: "must have required property 'assigned'", schema: schema170.required, parentSchema: schema170, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.batches === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "batches" }, message: "must have required property 'batches'", schema: schema170.required, parentSchema: schema170, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema170.required, parentSchema: schema170, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.endedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endedAt" }, message: "must have required property 'endedAt'", schema: schema170.required, parentSchema: schema170, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.from === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema170.required, parentSchema: schema170, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "version" || key0 === "phase" || key0 === "assigned" || key0 === "batches" || key0 === "startedAt" || key0 === "endedAt" || key0 === "from")) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema170, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (!(data0 === "deploy" || data0 === "rollback")) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema170.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema170.properties.kind.enum, parentSchema: schema170.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err10 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema115, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema115.type, parentSchema: schema115, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.phase !== void 0) {
      let data2 = data.phase;
      if (!(data2 === "running" || data2 === "completed" || data2 === "failed")) {
        const err12 = { instancePath: instancePath + "/phase", schemaPath: "#/properties/phase/enum", keyword: "enum", params: { allowedValues: schema170.properties.phase.enum }, message: "must be equal to one of the allowed values", schema: schema170.properties.phase.enum, parentSchema: schema170.properties.phase, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.assigned !== void 0) {
      let data3 = data.assigned;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.kind === void 0) {
          const err13 = { instancePath: instancePath + "/assigned", schemaPath: "#/properties/assigned/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema170.properties.assigned.required, parentSchema: schema170.properties.assigned, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "kind" || key1 === "id")) {
            const err14 = { instancePath: instancePath + "/assigned", schemaPath: "#/properties/assigned/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema170.properties.assigned, data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.kind !== void 0) {
          let data4 = data3.kind;
          if (!(data4 === "none" || data4 === "through" || data4 === "all")) {
            const err15 = { instancePath: instancePath + "/assigned/kind", schemaPath: "#/properties/assigned/properties/kind/enum", keyword: "enum", params: { allowedValues: schema170.properties.assigned.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema170.properties.assigned.properties.kind.enum, parentSchema: schema170.properties.assigned.properties.kind, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.id !== void 0) {
          let data5 = data3.id;
          if (typeof data5 === "string") {
            if (!pattern71.test(data5)) {
              const err16 = { instancePath: instancePath + "/assigned/id", schemaPath: "#/$defs/instanceId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema172, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/assigned/id", schemaPath: "#/$defs/instanceId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema172.type, parentSchema: schema172, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/assigned", schemaPath: "#/properties/assigned/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema170.properties.assigned.type, parentSchema: schema170.properties.assigned, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.batches !== void 0) {
      let data6 = data.batches;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err19 = { instancePath: instancePath + "/batches", schemaPath: "#/properties/batches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema170.properties.batches.type, parentSchema: schema170.properties.batches, data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err20 = { instancePath: instancePath + "/batches", schemaPath: "#/properties/batches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema170.properties.batches, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.startedAt !== void 0) {
      let data7 = data.startedAt;
      if (typeof data7 === "string") {
        if (!formats6.validate(data7)) {
          const err21 = { instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.endedAt !== void 0) {
      let data8 = data.endedAt;
      const _errs20 = errors;
      let valid5 = false;
      const _errs21 = errors;
      if (data8 !== null) {
        const err23 = { instancePath: instancePath + "/endedAt", schemaPath: "#/properties/endedAt/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema170.properties.endedAt.anyOf[0].type, parentSchema: schema170.properties.endedAt.anyOf[0], data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var _valid0 = _errs21 === errors;
      valid5 = valid5 || _valid0;
      const _errs23 = errors;
      if (typeof data8 === "string") {
        if (!formats6.validate(data8)) {
          const err24 = { instancePath: instancePath + "/endedAt", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/endedAt", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid0 = _errs23 === errors;
      valid5 = valid5 || _valid0;
      if (!valid5) {
        const err26 = { instancePath: instancePath + "/endedAt", schemaPath: "#/properties/endedAt/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema170.properties.endedAt.anyOf, parentSchema: schema170.properties.endedAt, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      } else {
        errors = _errs20;
        if (vErrors !== null) {
          if (_errs20) {
            vErrors.length = _errs20;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.from !== void 0) {
      let data9 = data.from;
      const _errs27 = errors;
      let valid7 = false;
      const _errs28 = errors;
      if (data9 !== null) {
        const err27 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema170.properties.from.anyOf[0].type, parentSchema: schema170.properties.from.anyOf[0], data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var _valid1 = _errs28 === errors;
      valid7 = valid7 || _valid1;
      const _errs30 = errors;
      if (typeof data9 === "string") {
        if (func2(data9) < 1) {
          const err28 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema115, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema115.type, parentSchema: schema115, data: data9 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid1 = _errs30 === errors;
      valid7 = valid7 || _valid1;
      if (!valid7) {
        const err30 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema170.properties.from.anyOf, parentSchema: schema170.properties.from, data: data9 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs27;
        if (vErrors !== null) {
          if (_errs27) {
            vErrors.length = _errs27;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema170.type, parentSchema: schema170, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema177 = { "type": "object", "additionalProperties": false, "required": ["at", "total", "byStatus", "byUpdate", "problems", "moreProblems"], "properties": { "at": { "$ref": "#/$defs/time" }, "total": { "type": "integer", "minimum": 0 }, "byStatus": { "type": "object", "additionalProperties": false, "properties": { "UNKNOWN": { "type": "integer", "minimum": 0 }, "HEALTHY": { "type": "integer", "minimum": 0 }, "DEGRADED": { "type": "integer", "minimum": 0 }, "FAILED": { "type": "integer", "minimum": 0 } } }, "byUpdate": { "type": "object", "additionalProperties": false, "properties": { "not-needed": { "type": "integer", "minimum": 0 }, "needing-update": { "type": "integer", "minimum": 0 }, "in-progress": { "type": "integer", "minimum": 0 }, "completed": { "type": "integer", "minimum": 0 }, "failed": { "type": "integer", "minimum": 0 } } }, "problems": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "status", "message"], "properties": { "id": { "$ref": "#/$defs/instanceId" }, "status": { "enum": ["FAILED", "DEGRADED"] }, "message": { "type": ["string", "null"] } } } }, "moreProblems": { "type": "integer", "minimum": 0 } } };
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate93.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.at === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema177.required, parentSchema: schema177, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.total === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'", schema: schema177.required, parentSchema: schema177, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.byStatus === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "byStatus" }, message: "must have required property 'byStatus'", schema: schema177.required, parentSchema: schema177, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.byUpdate === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "byUpdate" }, message: "must have required property 'byUpdate'", schema: schema177.required, parentSchema: schema177, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.problems === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "problems" }, message: "must have required property 'problems'", schema: schema177.required, parentSchema: schema177, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.moreProblems === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "moreProblems" }, message: "must have required property 'moreProblems'", schema: schema177.required, parentSchema: schema177, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "at" || key0 === "total" || key0 === "byStatus" || key0 === "byUpdate" || key0 === "problems" || key0 === "moreProblems")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema177, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data0 = data.at;
      if (typeof data0 === "string") {
        if (!formats6.validate(data0)) {
          const err7 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.total !== void 0) {
      let data1 = data.total;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err9 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema177.properties.total.type, parentSchema: schema177.properties.total, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err10 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema177.properties.total, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.byStatus !== void 0) {
      let data2 = data.byStatus;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "UNKNOWN" || key1 === "HEALTHY" || key1 === "DEGRADED" || key1 === "FAILED")) {
            const err11 = { instancePath: instancePath + "/byStatus", schemaPath: "#/properties/byStatus/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema177.properties.byStatus, data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.UNKNOWN !== void 0) {
          let data3 = data2.UNKNOWN;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
            const err12 = { instancePath: instancePath + "/byStatus/UNKNOWN", schemaPath: "#/properties/byStatus/properties/UNKNOWN/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema177.properties.byStatus.properties.UNKNOWN.type, parentSchema: schema177.properties.byStatus.properties.UNKNOWN, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 0 || isNaN(data3)) {
              const err13 = { instancePath: instancePath + "/byStatus/UNKNOWN", schemaPath: "#/properties/byStatus/properties/UNKNOWN/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema177.properties.byStatus.properties.UNKNOWN, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
        if (data2.HEALTHY !== void 0) {
          let data4 = data2.HEALTHY;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err14 = { instancePath: instancePath + "/byStatus/HEALTHY", schemaPath: "#/properties/byStatus/properties/HEALTHY/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema177.properties.byStatus.properties.HEALTHY.type, parentSchema: schema177.properties.byStatus.properties.HEALTHY, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 < 0 || isNaN(data4)) {
              const err15 = { instancePath: instancePath + "/byStatus/HEALTHY", schemaPath: "#/properties/byStatus/properties/HEALTHY/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema177.properties.byStatus.properties.HEALTHY, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
        if (data2.DEGRADED !== void 0) {
          let data5 = data2.DEGRADED;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err16 = { instancePath: instancePath + "/byStatus/DEGRADED", schemaPath: "#/properties/byStatus/properties/DEGRADED/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema177.properties.byStatus.properties.DEGRADED.type, parentSchema: schema177.properties.byStatus.properties.DEGRADED, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err17 = { instancePath: instancePath + "/byStatus/DEGRADED", schemaPath: "#/properties/byStatus/properties/DEGRADED/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema177.properties.byStatus.properties.DEGRADED, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data2.FAILED !== void 0) {
          let data6 = data2.FAILED;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err18 = { instancePath: instancePath + "/byStatus/FAILED", schemaPath: "#/properties/byStatus/properties/FAILED/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema177.properties.byStatus.properties.FAILED.type, parentSchema: schema177.properties.byStatus.properties.FAILED, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 < 0 || isNaN(data6)) {
              const err19 = { instancePath: instancePath + "/byStatus/FAILED", schemaPath: "#/properties/byStatus/properties/FAILED/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema177.properties.byStatus.properties.FAILED, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/byStatus", schemaPath: "#/properties/byStatus/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema177.properties.byStatus.type, parentSchema: schema177.properties.byStatus, data: data2 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.byUpdate !== void 0) {
      let data7 = data.byUpdate;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!(key2 === "not-needed" || key2 === "needing-update" || key2 === "in-progress" || key2 === "completed" || key2 === "failed")) {
            const err21 = { instancePath: instancePath + "/byUpdate", schemaPath: "#/properties/byUpdate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema177.properties.byUpdate, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7["not-needed"] !== void 0) {
          let data8 = data7["not-needed"];
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err22 = { instancePath: instancePath + "/byUpdate/not-needed", schemaPath: "#/properties/byUpdate/properties/not-needed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema177.properties.byUpdate.properties["not-needed"].type, parentSchema: schema177.properties.byUpdate.properties["not-needed"], data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err23 = { instancePath: instancePath + "/byUpdate/not-needed", schemaPath: "#/properties/byUpdate/properties/not-needed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema177.properties.byUpdate.properties["not-needed"], data: data8 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data7["needing-update"] !== void 0) {
          let data9 = data7["needing-update"];
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err24 = { instancePath: instancePath + "/byUpdate/needing-update", schemaPath: "#/properties/byUpdate/properties/needing-update/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema177.properties.byUpdate.properties["needing-update"].type, parentSchema: schema177.properties.byUpdate.properties["needing-update"], data: data9 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 0 || isNaN(data9)) {
              const err25 = { instancePath: instancePath + "/byUpdate/needing-update", schemaPath: "#/properties/byUpdate/properties/needing-update/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema177.properties.byUpdate.properties["needing-update"], data: data9 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data7["in-progress"] !== void 0) {
          let data10 = data7["in-progress"];
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err26 = { instancePath: instancePath + "/byUpdate/in-progress", schemaPath: "#/properties/byUpdate/properties/in-progress/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema177.properties.byUpdate.properties["in-progress"].type, parentSchema: schema177.properties.byUpdate.properties["in-progress"], data: data10 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err27 = { instancePath: instancePath + "/byUpdate/in-progress", schemaPath: "#/properties/byUpdate/properties/in-progress/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema177.properties.byUpdate.properties["in-progress"], data: data10 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data7.completed !== void 0) {
          let data11 = data7.completed;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err28 = { instancePath: instancePath + "/byUpdate/completed", schemaPath: "#/properties/byUpdate/properties/completed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema177.properties.byUpdate.properties.completed.type, parentSchema: schema177.properties.byUpdate.properties.completed, data: data11 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err29 = { instancePath: instancePath + "/byUpdate/completed", schemaPath: "#/properties/byUpdate/properties/completed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema177.properties.byUpdate.properties.completed, data: data11 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
        if (data7.failed !== void 0) {
          let data12 = data7.failed;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err30 = { instancePath: instancePath + "/byUpdate/failed", schemaPath: "#/properties/byUpdate/properties/failed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema177.properties.byUpdate.properties.failed.type, parentSchema: schema177.properties.byUpdate.properties.failed, data: data12 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err31 = { instancePath: instancePath + "/byUpdate/failed", schemaPath: "#/properties/byUpdate/properties/failed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema177.properties.byUpdate.properties.failed, data: data12 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/byUpdate", schemaPath: "#/properties/byUpdate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema177.properties.byUpdate.type, parentSchema: schema177.properties.byUpdate, data: data7 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.problems !== void 0) {
      let data13 = data.problems;
      if (Array.isArray(data13)) {
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data14 = data13[i0];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.id === void 0) {
              const err33 = { instancePath: instancePath + "/problems/" + i0, schemaPath: "#/properties/problems/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema177.properties.problems.items.required, parentSchema: schema177.properties.problems.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data14.status === void 0) {
              const err34 = { instancePath: instancePath + "/problems/" + i0, schemaPath: "#/properties/problems/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema177.properties.problems.items.required, parentSchema: schema177.properties.problems.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data14.message === void 0) {
              const err35 = { instancePath: instancePath + "/problems/" + i0, schemaPath: "#/properties/problems/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema177.properties.problems.items.required, parentSchema: schema177.properties.problems.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            for (const key3 in data14) {
              if (!(key3 === "id" || key3 === "status" || key3 === "message")) {
                const err36 = { instancePath: instancePath + "/problems/" + i0, schemaPath: "#/properties/problems/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema177.properties.problems.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data14.id !== void 0) {
              let data15 = data14.id;
              if (typeof data15 === "string") {
                if (!pattern71.test(data15)) {
                  const err37 = { instancePath: instancePath + "/problems/" + i0 + "/id", schemaPath: "#/$defs/instanceId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema172, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/problems/" + i0 + "/id", schemaPath: "#/$defs/instanceId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema172.type, parentSchema: schema172, data: data15 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data14.status !== void 0) {
              let data16 = data14.status;
              if (!(data16 === "FAILED" || data16 === "DEGRADED")) {
                const err39 = { instancePath: instancePath + "/problems/" + i0 + "/status", schemaPath: "#/properties/problems/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema177.properties.problems.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema177.properties.problems.items.properties.status.enum, parentSchema: schema177.properties.problems.items.properties.status, data: data16 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data14.message !== void 0) {
              let data17 = data14.message;
              if (typeof data17 !== "string" && data17 !== null) {
                const err40 = { instancePath: instancePath + "/problems/" + i0 + "/message", schemaPath: "#/properties/problems/items/properties/message/type", keyword: "type", params: { type: schema177.properties.problems.items.properties.message.type }, message: "must be string,null", schema: schema177.properties.problems.items.properties.message.type, parentSchema: schema177.properties.problems.items.properties.message, data: data17 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/problems/" + i0, schemaPath: "#/properties/problems/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema177.properties.problems.items.type, parentSchema: schema177.properties.problems.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/problems", schemaPath: "#/properties/problems/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema177.properties.problems.type, parentSchema: schema177.properties.problems, data: data13 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.moreProblems !== void 0) {
      let data18 = data.moreProblems;
      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
        const err43 = { instancePath: instancePath + "/moreProblems", schemaPath: "#/properties/moreProblems/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema177.properties.moreProblems.type, parentSchema: schema177.properties.moreProblems, data: data18 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      if (typeof data18 == "number" && isFinite(data18)) {
        if (data18 < 0 || isNaN(data18)) {
          const err44 = { instancePath: instancePath + "/moreProblems", schemaPath: "#/properties/moreProblems/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema177.properties.moreProblems, data: data18 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
    }
  } else {
    const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema177.type, parentSchema: schema177, data };
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  validate93.errors = vErrors;
  return errors === 0;
}
validate93.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.state === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.runId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property 'runId'", schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.generation === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generation" }, message: "must have required property 'generation'", schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "state" || key0 === "runId" || key0 === "generation" || key0 === "summary")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema169, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data0 = data.state;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.rollout === void 0) {
          const err5 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/required", keyword: "required", params: { missingProperty: "rollout" }, message: "must have required property 'rollout'", schema: schema169.properties.state.required, parentSchema: schema169.properties.state, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.completed === void 0) {
          const err6 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/required", keyword: "required", params: { missingProperty: "completed" }, message: "must have required property 'completed'", schema: schema169.properties.state.required, parentSchema: schema169.properties.state, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "rollout" || key1 === "completed")) {
            const err7 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema169.properties.state, data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.rollout !== void 0) {
          let data1 = data0.rollout;
          const _errs6 = errors;
          let valid2 = false;
          const _errs7 = errors;
          if (data1 !== null) {
            const err8 = { instancePath: instancePath + "/state/rollout", schemaPath: "#/properties/state/properties/rollout/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema169.properties.state.properties.rollout.anyOf[0].type, parentSchema: schema169.properties.state.properties.rollout.anyOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          var _valid0 = _errs7 === errors;
          valid2 = valid2 || _valid0;
          const _errs9 = errors;
          if (!validate91(data1, { instancePath: instancePath + "/state/rollout", parentData: data0, parentDataProperty: "rollout", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs9 === errors;
          valid2 = valid2 || _valid0;
          if (!valid2) {
            const err9 = { instancePath: instancePath + "/state/rollout", schemaPath: "#/properties/state/properties/rollout/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema169.properties.state.properties.rollout.anyOf, parentSchema: schema169.properties.state.properties.rollout, data: data1 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          } else {
            errors = _errs6;
            if (vErrors !== null) {
              if (_errs6) {
                vErrors.length = _errs6;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data0.completed !== void 0) {
          let data2 = data0.completed;
          if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                  const err10 = { instancePath: instancePath + "/state/completed/" + i0, schemaPath: "#/$defs/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema115, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/state/completed/" + i0, schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema115.type, parentSchema: schema115, data: data3 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/state/completed", schemaPath: "#/properties/state/properties/completed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema169.properties.state.properties.completed.type, parentSchema: schema169.properties.state.properties.completed, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema169.properties.state.type, parentSchema: schema169.properties.state, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.runId !== void 0) {
      let data4 = data.runId;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
        const err14 = { instancePath: instancePath + "/runId", schemaPath: "#/properties/runId/type", keyword: "type", params: { type: schema169.properties.runId.type }, message: "must be integer,null", schema: schema169.properties.runId.type, parentSchema: schema169.properties.runId, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err15 = { instancePath: instancePath + "/runId", schemaPath: "#/properties/runId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema169.properties.runId, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.generation !== void 0) {
      let data5 = data.generation;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err16 = { instancePath: instancePath + "/generation", schemaPath: "#/properties/generation/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema169.properties.generation.type, parentSchema: schema169.properties.generation, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err17 = { instancePath: instancePath + "/generation", schemaPath: "#/properties/generation/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema169.properties.generation, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.summary !== void 0) {
      let data6 = data.summary;
      const _errs20 = errors;
      let valid6 = false;
      const _errs21 = errors;
      if (data6 !== null) {
        const err18 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema169.properties.summary.anyOf[0].type, parentSchema: schema169.properties.summary.anyOf[0], data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid1 = _errs21 === errors;
      valid6 = valid6 || _valid1;
      const _errs23 = errors;
      if (!validate93(data6, { instancePath: instancePath + "/summary", parentData: data, parentDataProperty: "summary", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs23 === errors;
      valid6 = valid6 || _valid1;
      if (!valid6) {
        const err19 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema169.properties.summary.anyOf, parentSchema: schema169.properties.summary, data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      } else {
        errors = _errs20;
        if (vErrors !== null) {
          if (_errs20) {
            vErrors.length = _errs20;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema169.type, parentSchema: schema169, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
validate90.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate69.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.deployment === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deployment" }, message: "must have required property 'deployment'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.lifecycle === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lifecycle" }, message: "must have required property 'lifecycle'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.regions === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "regions" }, message: "must have required property 'regions'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.run === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.runSeq === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runSeq" }, message: "must have required property 'runSeq'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.good === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "good" }, message: "must have required property 'good'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.rolledBack === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rolledBack" }, message: "must have required property 'rolledBack'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.queue === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "queue" }, message: "must have required property 'queue'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.timers === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timers" }, message: "must have required property 'timers'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.hold === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hold" }, message: "must have required property 'hold'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.error === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.stages === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stages" }, message: "must have required property 'stages'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.counters === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "counters" }, message: "must have required property 'counters'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.history === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "history" }, message: "must have required property 'history'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.processed === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "processed" }, message: "must have required property 'processed'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.updatedAt === void 0) {
      const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updatedAt" }, message: "must have required property 'updatedAt'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema100.properties, key0)) {
        const err17 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema100, data };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      if (1 !== data0) {
        const err18 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema100.properties.schemaVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.deployment !== void 0) {
      let data1 = data.deployment;
      if (typeof data1 === "string") {
        if (!pattern28.test(data1)) {
          const err19 = { instancePath: instancePath + "/deployment", schemaPath: "#/$defs/deploymentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema101, data: data1 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/deployment", schemaPath: "#/$defs/deploymentName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema101.type, parentSchema: schema101, data: data1 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      let data2 = data.lifecycle;
      if (typeof data2 === "string") {
        if (func2(data2) > 64) {
          const err21 = { instancePath: instancePath + "/lifecycle", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: data2 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err22 = { instancePath: instancePath + "/lifecycle", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: data2 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/lifecycle", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: data2 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.regions !== void 0) {
      let data3 = data.regions;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (Object.keys(data3).length < 1) {
          const err24 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema100.properties.regions, data: data3 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key1 in data3) {
          const _errs11 = errors;
          if (typeof key1 === "string") {
            if (func2(key1) > 64) {
              const err25 = { instancePath: instancePath + "/regions", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema102, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (!pattern4.test(key1)) {
              const err26 = { instancePath: instancePath + "/regions", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', schema: "^[a-z][a-z0-9_-]*$", parentSchema: schema102, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/regions", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.type, parentSchema: schema102, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          var valid3 = _errs11 === errors;
          if (!valid3) {
            const err28 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema100.properties.regions.propertyNames, parentSchema: schema100.properties.regions, data: data3 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          if (!validate70(data3[key2], { instancePath: instancePath + "/regions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema100.properties.regions.type, parentSchema: schema100.properties.regions, data: data3 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data5 = data.run;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5)) && data5 !== null) {
        const err30 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: schema100.properties.run.type }, message: "must be object,null", schema: schema100.properties.run.type, parentSchema: schema100.properties.run, data: data5 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      const _errs18 = errors;
      let valid6 = true;
      const _errs19 = errors;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
        const err31 = {};
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var _valid0 = _errs19 === errors;
      errors = _errs18;
      if (vErrors !== null) {
        if (_errs18) {
          vErrors.length = _errs18;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs21 = errors;
        if (!validate72(data5, { instancePath: instancePath + "/run", parentData: data, parentDataProperty: "run", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs21 === errors;
        valid6 = _valid0;
      }
      if (!valid6) {
        const err32 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema100.properties.run.if, parentSchema: schema100.properties.run, data: data5 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.runSeq !== void 0) {
      let data6 = data.runSeq;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err33 = { instancePath: instancePath + "/runSeq", schemaPath: "#/properties/runSeq/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema100.properties.runSeq.type, parentSchema: schema100.properties.runSeq, data: data6 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err34 = { instancePath: instancePath + "/runSeq", schemaPath: "#/properties/runSeq/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema100.properties.runSeq, data: data6 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.good !== void 0) {
      let data7 = data.good;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate74(data7[i0], { instancePath: instancePath + "/good/" + i0, parentData: data7, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/good", schemaPath: "#/properties/good/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema100.properties.good.type, parentSchema: schema100.properties.good, data: data7 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.rolledBack !== void 0) {
      let data9 = data.rolledBack;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9)) && data9 !== null) {
        const err36 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/properties/rolledBack/type", keyword: "type", params: { type: schema100.properties.rolledBack.type }, message: "must be object,null", schema: schema100.properties.rolledBack.type, parentSchema: schema100.properties.rolledBack, data: data9 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      const _errs29 = errors;
      let valid9 = true;
      const _errs30 = errors;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
        const err37 = {};
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      var _valid1 = _errs30 === errors;
      errors = _errs29;
      if (vErrors !== null) {
        if (_errs29) {
          vErrors.length = _errs29;
        } else {
          vErrors = null;
        }
      }
      if (_valid1) {
        const _errs32 = errors;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
          if (data9.version === void 0) {
            const err38 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/properties/rolledBack/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema100.properties.rolledBack.then.required, parentSchema: schema100.properties.rolledBack.then, data: data9 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (data9.at === void 0) {
            const err39 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/properties/rolledBack/then/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema100.properties.rolledBack.then.required, parentSchema: schema100.properties.rolledBack.then, data: data9 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (data9.runId === void 0) {
            const err40 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/properties/rolledBack/then/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property 'runId'", schema: schema100.properties.rolledBack.then.required, parentSchema: schema100.properties.rolledBack.then, data: data9 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          for (const key3 in data9) {
            if (!(key3 === "version" || key3 === "at" || key3 === "runId")) {
              const err41 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/properties/rolledBack/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema100.properties.rolledBack.then, data: data9 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          if (data9.version !== void 0) {
            let data10 = data9.version;
            if (typeof data10 !== "string") {
              const err42 = { instancePath: instancePath + "/rolledBack/version", schemaPath: "#/$defs/runVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.type, parentSchema: schema112, data: data10 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
          if (data9.at !== void 0) {
            let data11 = data9.at;
            if (typeof data11 === "string") {
              if (!formats6.validate(data11)) {
                const err43 = { instancePath: instancePath + "/rolledBack/at", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data11 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            } else {
              const err44 = { instancePath: instancePath + "/rolledBack/at", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data11 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
          if (data9.runId !== void 0) {
            let data12 = data9.runId;
            if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
              const err45 = { instancePath: instancePath + "/rolledBack/runId", schemaPath: "#/$defs/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema109.type, parentSchema: schema109, data: data12 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (typeof data12 == "number" && isFinite(data12)) {
              if (data12 < 1 || isNaN(data12)) {
                const err46 = { instancePath: instancePath + "/rolledBack/runId", schemaPath: "#/$defs/runId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema109, data: data12 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          }
        } else {
          const err47 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/properties/rolledBack/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema100.properties.rolledBack.then.type, parentSchema: schema100.properties.rolledBack.then, data: data9 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        var _valid1 = _errs32 === errors;
        valid9 = _valid1;
      }
      if (!valid9) {
        const err48 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/properties/rolledBack/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema100.properties.rolledBack.if, parentSchema: schema100.properties.rolledBack, data: data9 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.queue !== void 0) {
      let data13 = data.queue;
      if (Array.isArray(data13)) {
        const len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate76(data13[i1], { instancePath: instancePath + "/queue/" + i1, parentData: data13, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/queue", schemaPath: "#/properties/queue/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema100.properties.queue.type, parentSchema: schema100.properties.queue, data: data13 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.timers !== void 0) {
      let data15 = data.timers;
      if (Array.isArray(data15)) {
        const len2 = data15.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate78(data15[i2], { instancePath: instancePath + "/timers/" + i2, parentData: data15, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/timers", schemaPath: "#/properties/timers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema100.properties.timers.type, parentSchema: schema100.properties.timers, data: data15 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.hold !== void 0) {
      let data17 = data.hold;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17)) && data17 !== null) {
        const err51 = { instancePath: instancePath + "/hold", schemaPath: "#/properties/hold/type", keyword: "type", params: { type: schema100.properties.hold.type }, message: "must be object,null", schema: schema100.properties.hold.type, parentSchema: schema100.properties.hold, data: data17 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      const _errs52 = errors;
      let valid18 = true;
      const _errs53 = errors;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
        const err52 = {};
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      var _valid2 = _errs53 === errors;
      errors = _errs52;
      if (vErrors !== null) {
        if (_errs52) {
          vErrors.length = _errs52;
        } else {
          vErrors = null;
        }
      }
      if (_valid2) {
        const _errs55 = errors;
        if (!validate80(data17, { instancePath: instancePath + "/hold", parentData: data, parentDataProperty: "hold", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
          errors = vErrors.length;
        }
        var _valid2 = _errs55 === errors;
        valid18 = _valid2;
      }
      if (!valid18) {
        const err53 = { instancePath: instancePath + "/hold", schemaPath: "#/properties/hold/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema100.properties.hold.if, parentSchema: schema100.properties.hold, data: data17 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.error !== void 0) {
      let data18 = data.error;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18)) && data18 !== null) {
        const err54 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: schema100.properties.error.type }, message: "must be object,null", schema: schema100.properties.error.type, parentSchema: schema100.properties.error, data: data18 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
      const _errs58 = errors;
      let valid19 = true;
      const _errs59 = errors;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
        const err55 = {};
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      var _valid3 = _errs59 === errors;
      errors = _errs58;
      if (vErrors !== null) {
        if (_errs58) {
          vErrors.length = _errs58;
        } else {
          vErrors = null;
        }
      }
      if (_valid3) {
        const _errs61 = errors;
        if (!validate82(data18, { instancePath: instancePath + "/error", parentData: data, parentDataProperty: "error", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
          errors = vErrors.length;
        }
        var _valid3 = _errs61 === errors;
        valid19 = _valid3;
      }
      if (!valid19) {
        const err56 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema100.properties.error.if, parentSchema: schema100.properties.error, data: data18 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.stages !== void 0) {
      let data19 = data.stages;
      if (Array.isArray(data19)) {
        const len3 = data19.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate84(data19[i3], { instancePath: instancePath + "/stages/" + i3, parentData: data19, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema100.properties.stages.type, parentSchema: schema100.properties.stages, data: data19 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.counters !== void 0) {
      let data21 = data.counters;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.failed === void 0) {
          const err58 = { instancePath: instancePath + "/counters", schemaPath: "#/$defs/counters/required", keyword: "required", params: { missingProperty: "failed" }, message: "must have required property 'failed'", schema: schema159.required, parentSchema: schema159, data: data21 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        if (data21.completed === void 0) {
          const err59 = { instancePath: instancePath + "/counters", schemaPath: "#/$defs/counters/required", keyword: "required", params: { missingProperty: "completed" }, message: "must have required property 'completed'", schema: schema159.required, parentSchema: schema159, data: data21 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        if (data21.inProgress === void 0) {
          const err60 = { instancePath: instancePath + "/counters", schemaPath: "#/$defs/counters/required", keyword: "required", params: { missingProperty: "inProgress" }, message: "must have required property 'inProgress'", schema: schema159.required, parentSchema: schema159, data: data21 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        if (data21.total === void 0) {
          const err61 = { instancePath: instancePath + "/counters", schemaPath: "#/$defs/counters/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'", schema: schema159.required, parentSchema: schema159, data: data21 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        for (const key4 in data21) {
          if (!(key4 === "failed" || key4 === "completed" || key4 === "inProgress" || key4 === "total")) {
            const err62 = { instancePath: instancePath + "/counters", schemaPath: "#/$defs/counters/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema159, data: data21 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data21.failed !== void 0) {
          let data22 = data21.failed;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err63 = { instancePath: instancePath + "/counters/failed", schemaPath: "#/$defs/counters/properties/failed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema159.properties.failed.type, parentSchema: schema159.properties.failed, data: data22 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 < 0 || isNaN(data22)) {
              const err64 = { instancePath: instancePath + "/counters/failed", schemaPath: "#/$defs/counters/properties/failed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema159.properties.failed, data: data22 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
        }
        if (data21.completed !== void 0) {
          let data23 = data21.completed;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err65 = { instancePath: instancePath + "/counters/completed", schemaPath: "#/$defs/counters/properties/completed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema159.properties.completed.type, parentSchema: schema159.properties.completed, data: data23 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 0 || isNaN(data23)) {
              const err66 = { instancePath: instancePath + "/counters/completed", schemaPath: "#/$defs/counters/properties/completed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema159.properties.completed, data: data23 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
        }
        if (data21.inProgress !== void 0) {
          let data24 = data21.inProgress;
          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
            const err67 = { instancePath: instancePath + "/counters/inProgress", schemaPath: "#/$defs/counters/properties/inProgress/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema159.properties.inProgress.type, parentSchema: schema159.properties.inProgress, data: data24 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 < 0 || isNaN(data24)) {
              const err68 = { instancePath: instancePath + "/counters/inProgress", schemaPath: "#/$defs/counters/properties/inProgress/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema159.properties.inProgress, data: data24 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
        }
        if (data21.total !== void 0) {
          let data25 = data21.total;
          if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
            const err69 = { instancePath: instancePath + "/counters/total", schemaPath: "#/$defs/counters/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema159.properties.total.type, parentSchema: schema159.properties.total, data: data25 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (typeof data25 == "number" && isFinite(data25)) {
            if (data25 < 0 || isNaN(data25)) {
              const err70 = { instancePath: instancePath + "/counters/total", schemaPath: "#/$defs/counters/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema159.properties.total, data: data25 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/counters", schemaPath: "#/$defs/counters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema159.type, parentSchema: schema159, data: data21 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.history !== void 0) {
      let data26 = data.history;
      if (Array.isArray(data26)) {
        const len4 = data26.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate88(data26[i4], { instancePath: instancePath + "/history/" + i4, parentData: data26, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema100.properties.history.type, parentSchema: schema100.properties.history, data: data26 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.processed !== void 0) {
      let data28 = data.processed;
      if (Array.isArray(data28)) {
        const len5 = data28.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data29 = data28[i5];
          if (typeof data29 === "string") {
            if (func2(data29) < 1) {
              const err73 = { instancePath: instancePath + "/processed/" + i5, schemaPath: "#/properties/processed/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema100.properties.processed.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          } else {
            const err74 = { instancePath: instancePath + "/processed/" + i5, schemaPath: "#/properties/processed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.properties.processed.items.type, parentSchema: schema100.properties.processed.items, data: data29 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/processed", schemaPath: "#/properties/processed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema100.properties.processed.type, parentSchema: schema100.properties.processed, data: data28 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.updatedAt !== void 0) {
      let data30 = data.updatedAt;
      if (typeof data30 === "string") {
        if (!formats6.validate(data30)) {
          const err76 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/$defs/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema106, data: data30 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
      } else {
        const err77 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data30 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.manifest !== void 0) {
      let data31 = data.manifest;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (data31.commit === void 0) {
          const err78 = { instancePath: instancePath + "/manifest", schemaPath: "#/$defs/manifestSource/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema168.required, parentSchema: schema168, data: data31 };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        if (data31.path === void 0) {
          const err79 = { instancePath: instancePath + "/manifest", schemaPath: "#/$defs/manifestSource/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema168.required, parentSchema: schema168, data: data31 };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
        for (const key5 in data31) {
          if (!(key5 === "commit" || key5 === "path")) {
            const err80 = { instancePath: instancePath + "/manifest", schemaPath: "#/$defs/manifestSource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema168, data: data31 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data31.commit !== void 0) {
          let data32 = data31.commit;
          if (typeof data32 === "string") {
            if (!pattern69.test(data32)) {
              const err81 = { instancePath: instancePath + "/manifest/commit", schemaPath: "#/$defs/manifestSource/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"', schema: "^[0-9a-f]{40}$", parentSchema: schema168.properties.commit, data: data32 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = { instancePath: instancePath + "/manifest/commit", schemaPath: "#/$defs/manifestSource/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema168.properties.commit.type, parentSchema: schema168.properties.commit, data: data32 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data31.path !== void 0) {
          let data33 = data31.path;
          if (typeof data33 === "string") {
            if (!pattern70.test(data33)) {
              const err83 = { instancePath: instancePath + "/manifest/path", schemaPath: "#/$defs/manifestSource/properties/path/pattern", keyword: "pattern", params: { pattern: "^\\.ferry/deployments/[^/]{1,200}\\.ya?ml$" }, message: 'must match pattern "^\\.ferry/deployments/[^/]{1,200}\\.ya?ml$"', schema: "^\\.ferry/deployments/[^/]{1,200}\\.ya?ml$", parentSchema: schema168.properties.path, data: data33 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          } else {
            const err84 = { instancePath: instancePath + "/manifest/path", schemaPath: "#/$defs/manifestSource/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema168.properties.path.type, parentSchema: schema168.properties.path, data: data33 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/manifest", schemaPath: "#/$defs/manifestSource/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema168.type, parentSchema: schema168, data: data31 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.fleet !== void 0) {
      if (!validate90(data.fleet, { instancePath: instancePath + "/fleet", parentData: data, parentDataProperty: "fleet", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err86 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema100.type, parentSchema: schema100, data };
    if (vErrors === null) {
      vErrors = [err86];
    } else {
      vErrors.push(err86);
    }
    errors++;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
validate69.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validator3 = validate96;
var schema180 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/ferry/ferry/raw/v0/schemas/ferry-config.schema.json", "title": "ferry app settings", "description": "`.github/ferry.yml`: optional settings of the ferry GitHub App for one repository, read with Probot's `context.config` so that `_extends` and the organisation's `.github` repository apply. The state branch is always `ferry/state` and cannot be configured.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "_extends": { "description": "Probot config inheritance: another repository (`.github`, `owner/repo`) or `repo:path` to start from.", "type": "string", "minLength": 1 }, "minimumPermission": { "description": "The least repository permission a person needs for labels, buttons and commands to act. Default write.", "enum": ["write", "maintain", "admin"], "default": "write" }, "allowForks": { "description": "Whether pull requests from forks may trigger deployments (their code runs with this repository's secrets). Default false.", "type": "boolean", "default": false }, "previews": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "description": "Deploy previews for pull requests whose manifests ask for them (`triggers.pullRequests`). Default true.", "type": "boolean", "default": true } } }, "reconcile": { "type": "object", "additionalProperties": false, "properties": { "intervalMinutes": { "description": "How often the App reconciles the repository without a webhook: processes commits of the trigger branches that no webhook delivered, and reads the workflow runs of stages whose result is overdue. Every webhook reconciles too (at most once a minute). Default 5.", "type": "integer", "minimum": 1, "maximum": 30, "default": 5 } } }, "labels": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "description": "Act on `ferry:*` pull-request labels. Default true.", "type": "boolean", "default": true } } } } };
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate96.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "_extends" || key0 === "minimumPermission" || key0 === "allowForks" || key0 === "previews" || key0 === "reconcile" || key0 === "labels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema180, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema180.properties.$schema.type, parentSchema: schema180.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data._extends !== void 0) {
      let data1 = data._extends;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err2 = { instancePath: instancePath + "/_extends", schemaPath: "#/properties/_extends/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema180.properties._extends, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/_extends", schemaPath: "#/properties/_extends/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema180.properties._extends.type, parentSchema: schema180.properties._extends, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.minimumPermission !== void 0) {
      let data2 = data.minimumPermission;
      if (!(data2 === "write" || data2 === "maintain" || data2 === "admin")) {
        const err4 = { instancePath: instancePath + "/minimumPermission", schemaPath: "#/properties/minimumPermission/enum", keyword: "enum", params: { allowedValues: schema180.properties.minimumPermission.enum }, message: "must be equal to one of the allowed values", schema: schema180.properties.minimumPermission.enum, parentSchema: schema180.properties.minimumPermission, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.allowForks !== void 0) {
      let data3 = data.allowForks;
      if (typeof data3 !== "boolean") {
        const err5 = { instancePath: instancePath + "/allowForks", schemaPath: "#/properties/allowForks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema180.properties.allowForks.type, parentSchema: schema180.properties.allowForks, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.previews !== void 0) {
      let data4 = data.previews;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "enabled")) {
            const err6 = { instancePath: instancePath + "/previews", schemaPath: "#/properties/previews/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema180.properties.previews, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data4.enabled !== void 0) {
          let data5 = data4.enabled;
          if (typeof data5 !== "boolean") {
            const err7 = { instancePath: instancePath + "/previews/enabled", schemaPath: "#/properties/previews/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema180.properties.previews.properties.enabled.type, parentSchema: schema180.properties.previews.properties.enabled, data: data5 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/previews", schemaPath: "#/properties/previews/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema180.properties.previews.type, parentSchema: schema180.properties.previews, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.reconcile !== void 0) {
      let data6 = data.reconcile;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          if (!(key2 === "intervalMinutes")) {
            const err9 = { instancePath: instancePath + "/reconcile", schemaPath: "#/properties/reconcile/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema180.properties.reconcile, data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data6.intervalMinutes !== void 0) {
          let data7 = data6.intervalMinutes;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err10 = { instancePath: instancePath + "/reconcile/intervalMinutes", schemaPath: "#/properties/reconcile/properties/intervalMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema180.properties.reconcile.properties.intervalMinutes.type, parentSchema: schema180.properties.reconcile.properties.intervalMinutes, data: data7 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 30 || isNaN(data7)) {
              const err11 = { instancePath: instancePath + "/reconcile/intervalMinutes", schemaPath: "#/properties/reconcile/properties/intervalMinutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 30 }, message: "must be <= 30", schema: 30, parentSchema: schema180.properties.reconcile.properties.intervalMinutes, data: data7 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data7 < 1 || isNaN(data7)) {
              const err12 = { instancePath: instancePath + "/reconcile/intervalMinutes", schemaPath: "#/properties/reconcile/properties/intervalMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema180.properties.reconcile.properties.intervalMinutes, data: data7 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/reconcile", schemaPath: "#/properties/reconcile/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema180.properties.reconcile.type, parentSchema: schema180.properties.reconcile, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data8 = data.labels;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key3 in data8) {
          if (!(key3 === "enabled")) {
            const err14 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema180.properties.labels, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data8.enabled !== void 0) {
          let data9 = data8.enabled;
          if (typeof data9 !== "boolean") {
            const err15 = { instancePath: instancePath + "/labels/enabled", schemaPath: "#/properties/labels/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema180.properties.labels.properties.enabled.type, parentSchema: schema180.properties.labels.properties.enabled, data: data9 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema180.properties.labels.type, parentSchema: schema180.properties.labels, data: data8 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema180.type, parentSchema: schema180, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate96.errors = vErrors;
  return errors === 0;
}
validate96.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validator4 = validate97;
var schema181 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/ferry/ferry/raw/v0/schemas/sync-cursor.schema.json", "title": "ferry sync cursor", "description": "`sync/<branch>.json` on the `ferry/state` branch: the last commit of a trigger branch that ferry processed, written by `ferry sync` locally and by the App's reconcile. The App and the CLI read and write the same format.", "type": "object", "additionalProperties": false, "required": ["branch", "commit", "at"], "properties": { "branch": { "description": "The branch this cursor follows, as git names it (the file name replaces characters outside [A-Za-z0-9._-] with `_`).", "type": "string", "minLength": 1, "maxLength": 255 }, "commit": { "description": "The last commit processed on the branch.", "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "at": { "description": "When the cursor was written.", "type": "string", "format": "date-time" }, "epoch": { "description": "How many times the branch was moved back or rewritten since the cursor was created. Event ids of commits landing after a reset carry it, so a commit that lands again (a branch moved back and forward) is judged again. Absent means 0.", "type": "integer", "minimum": 0 }, "start": { "description": "Set by the App on a branch's first cursor, which it creates before processing anything, just before the newest commit it knew of (a push's `before`, else that commit's first parent): this commit was not processed and never will be, for it is older than what the App deploys next. Absent means the commit was processed.", "const": true } } };
var pattern73 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
function validate97(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate97.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.branch === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "branch" }, message: "must have required property 'branch'", schema: schema181.required, parentSchema: schema181, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.commit === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema181.required, parentSchema: schema181, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema181.required, parentSchema: schema181, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "branch" || key0 === "commit" || key0 === "at" || key0 === "epoch" || key0 === "start")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema181, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.branch !== void 0) {
      let data0 = data.branch;
      if (typeof data0 === "string") {
        if (func2(data0) > 255) {
          const err4 = { instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema181.properties.branch, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema181.properties.branch, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema181.properties.branch.type, parentSchema: schema181.properties.branch, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.commit !== void 0) {
      let data1 = data.commit;
      if (typeof data1 === "string") {
        if (!pattern73.test(data1)) {
          const err7 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"', schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema181.properties.commit, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema181.properties.commit.type, parentSchema: schema181.properties.commit, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data2 = data.at;
      if (typeof data2 === "string") {
        if (!formats6.validate(data2)) {
          const err9 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema181.properties.at, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema181.properties.at.type, parentSchema: schema181.properties.at, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.epoch !== void 0) {
      let data3 = data.epoch;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err11 = { instancePath: instancePath + "/epoch", schemaPath: "#/properties/epoch/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema181.properties.epoch.type, parentSchema: schema181.properties.epoch, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err12 = { instancePath: instancePath + "/epoch", schemaPath: "#/properties/epoch/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema181.properties.epoch, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.start !== void 0) {
      let data4 = data.start;
      if (true !== data4) {
        const err13 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema181.properties.start, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema181.type, parentSchema: schema181, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate97.errors = vErrors;
  return errors === 0;
}
validate97.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validator5 = validate98;
var schema182 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/ferry/ferry/raw/v0/schemas/fleet-registration.schema.json", "title": "ferry fleet registration", "description": "A fleet instance's registration: `POST /ferry/v1/deployments/{deployment}/instances/{id}` (docs/fleet.md#the-api). Every field may be left out: an instance may register before it knows its version or its health. Bodies over 4 KiB are refused before parsing.", "type": "object", "additionalProperties": false, "properties": { "version": { "description": "The version the instance runs, if it knows.", "title": "a version", "examples": ["v2", "3f1c2ab"], "type": ["string", "null"], "minLength": 1, "maxLength": 200 }, "status": { "description": "The instance's health: UNKNOWN changes nothing ferry recorded (only a reset leads there).", "enum": ["UNKNOWN", "HEALTHY", "DEGRADED", "FAILED"] }, "message": { "description": "Why it is failed or degraded, for people; cut to 500 characters.", "type": ["string", "null"], "maxLength": 2e3 }, "sequence": { "description": "The report's idempotency key (docs/fleet.md#the-api-tokens-and-the-inventory). An agent numbers each new report from 1 and sends a resend with the same number; ferry applies a report only when its number is above the last one applied from the same boot, and answers an older one without changing anything. Optional: a report without it always applies.", "type": "object", "additionalProperties": false, "required": ["boot", "number"], "properties": { "boot": { "description": "The agent process's boot id: random, new at every start of the agent, so a restarted agent's reports apply although it counts from 1 again.", "title": "a boot id", "examples": ["q3Jx0bV1mZtK"], "type": "string", "pattern": "^[A-Za-z0-9_-]{8,64}$" }, "number": { "description": "The report's number within the boot: 1 for the first, one more for each new report, the same for a resend.", "type": "integer", "minimum": 1, "maximum": 9007199254740991 } } } } };
var pattern74 = new RegExp("^[A-Za-z0-9_-]{8,64}$", "u");
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate98.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "status" || key0 === "message" || key0 === "sequence")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema182, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 !== "string" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: schema182.properties.version.type }, message: "must be string,null", schema: schema182.properties.version.type, parentSchema: schema182.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) > 200) {
          const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema182.properties.version, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema182.properties.version, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.status !== void 0) {
      let data1 = data.status;
      if (!(data1 === "UNKNOWN" || data1 === "HEALTHY" || data1 === "DEGRADED" || data1 === "FAILED")) {
        const err4 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema182.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema182.properties.status.enum, parentSchema: schema182.properties.status, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data2 = data.message;
      if (typeof data2 !== "string" && data2 !== null) {
        const err5 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: schema182.properties.message.type }, message: "must be string,null", schema: schema182.properties.message.type, parentSchema: schema182.properties.message, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func2(data2) > 2e3) {
          const err6 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema182.properties.message, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.sequence !== void 0) {
      let data3 = data.sequence;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.boot === void 0) {
          const err7 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/required", keyword: "required", params: { missingProperty: "boot" }, message: "must have required property 'boot'", schema: schema182.properties.sequence.required, parentSchema: schema182.properties.sequence, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3.number === void 0) {
          const err8 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema182.properties.sequence.required, parentSchema: schema182.properties.sequence, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "boot" || key1 === "number")) {
            const err9 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema182.properties.sequence, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.boot !== void 0) {
          let data4 = data3.boot;
          if (typeof data4 === "string") {
            if (!pattern74.test(data4)) {
              const err10 = { instancePath: instancePath + "/sequence/boot", schemaPath: "#/properties/sequence/properties/boot/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{8,64}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{8,64}$"', schema: "^[A-Za-z0-9_-]{8,64}$", parentSchema: schema182.properties.sequence.properties.boot, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/sequence/boot", schemaPath: "#/properties/sequence/properties/boot/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema182.properties.sequence.properties.boot.type, parentSchema: schema182.properties.sequence.properties.boot, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.number !== void 0) {
          let data5 = data3.number;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err12 = { instancePath: instancePath + "/sequence/number", schemaPath: "#/properties/sequence/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema182.properties.sequence.properties.number.type, parentSchema: schema182.properties.sequence.properties.number, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 > 9007199254740991 || isNaN(data5)) {
              const err13 = { instancePath: instancePath + "/sequence/number", schemaPath: "#/properties/sequence/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema182.properties.sequence.properties.number, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data5 < 1 || isNaN(data5)) {
              const err14 = { instancePath: instancePath + "/sequence/number", schemaPath: "#/properties/sequence/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema182.properties.sequence.properties.number, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema182.properties.sequence.type, parentSchema: schema182.properties.sequence, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema182.type, parentSchema: schema182, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
validate98.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validator6 = validate99;
var schema183 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/ferry/ferry/raw/v0/schemas/fleet-heartbeat.schema.json", "title": "ferry fleet heartbeat", "description": "A fleet instance's heartbeat: `PUT /ferry/v1/deployments/{deployment}/instances/{id}/heartbeat` (docs/fleet.md#the-api). The version it runs (null: it does not know yet), its health, and why. Bodies over 4 KiB are refused before parsing.", "type": "object", "additionalProperties": false, "required": ["version", "status"], "properties": { "version": { "description": "The version the instance runs; null keeps the one ferry recorded.", "title": "a version", "examples": ["v2", "3f1c2ab"], "type": ["string", "null"], "minLength": 1, "maxLength": 200 }, "status": { "description": "The instance's health: UNKNOWN changes nothing ferry recorded (only a reset leads there).", "enum": ["UNKNOWN", "HEALTHY", "DEGRADED", "FAILED"] }, "message": { "description": "Why it is failed or degraded, for people; cut to 500 characters.", "type": ["string", "null"], "maxLength": 2e3 }, "sequence": { "description": "The report's idempotency key (docs/fleet.md#the-api-tokens-and-the-inventory). An agent numbers each new report from 1 and sends a resend with the same number; ferry applies a report only when its number is above the last one applied from the same boot, and answers an older one without changing anything. Optional: a report without it always applies.", "type": "object", "additionalProperties": false, "required": ["boot", "number"], "properties": { "boot": { "description": "The agent process's boot id: random, new at every start of the agent, so a restarted agent's reports apply although it counts from 1 again.", "title": "a boot id", "examples": ["q3Jx0bV1mZtK"], "type": "string", "pattern": "^[A-Za-z0-9_-]{8,64}$" }, "number": { "description": "The report's number within the boot: 1 for the first, one more for each new report, the same for a resend.", "type": "integer", "minimum": 1, "maximum": 9007199254740991 } } } } };
function validate99(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate99.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema183.required, parentSchema: schema183, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema183.required, parentSchema: schema183, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "status" || key0 === "message" || key0 === "sequence")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema183, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: schema183.properties.version.type }, message: "must be string,null", schema: schema183.properties.version.type, parentSchema: schema183.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) > 200) {
          const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema183.properties.version, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema183.properties.version, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.status !== void 0) {
      let data1 = data.status;
      if (!(data1 === "UNKNOWN" || data1 === "HEALTHY" || data1 === "DEGRADED" || data1 === "FAILED")) {
        const err6 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema183.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema183.properties.status.enum, parentSchema: schema183.properties.status, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data2 = data.message;
      if (typeof data2 !== "string" && data2 !== null) {
        const err7 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: schema183.properties.message.type }, message: "must be string,null", schema: schema183.properties.message.type, parentSchema: schema183.properties.message, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func2(data2) > 2e3) {
          const err8 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema183.properties.message, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.sequence !== void 0) {
      let data3 = data.sequence;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.boot === void 0) {
          const err9 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/required", keyword: "required", params: { missingProperty: "boot" }, message: "must have required property 'boot'", schema: schema183.properties.sequence.required, parentSchema: schema183.properties.sequence, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.number === void 0) {
          const err10 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema183.properties.sequence.required, parentSchema: schema183.properties.sequence, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "boot" || key1 === "number")) {
            const err11 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema183.properties.sequence, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.boot !== void 0) {
          let data4 = data3.boot;
          if (typeof data4 === "string") {
            if (!pattern74.test(data4)) {
              const err12 = { instancePath: instancePath + "/sequence/boot", schemaPath: "#/properties/sequence/properties/boot/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{8,64}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{8,64}$"', schema: "^[A-Za-z0-9_-]{8,64}$", parentSchema: schema183.properties.sequence.properties.boot, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/sequence/boot", schemaPath: "#/properties/sequence/properties/boot/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema183.properties.sequence.properties.boot.type, parentSchema: schema183.properties.sequence.properties.boot, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.number !== void 0) {
          let data5 = data3.number;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err14 = { instancePath: instancePath + "/sequence/number", schemaPath: "#/properties/sequence/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema183.properties.sequence.properties.number.type, parentSchema: schema183.properties.sequence.properties.number, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 > 9007199254740991 || isNaN(data5)) {
              const err15 = { instancePath: instancePath + "/sequence/number", schemaPath: "#/properties/sequence/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema183.properties.sequence.properties.number, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data5 < 1 || isNaN(data5)) {
              const err16 = { instancePath: instancePath + "/sequence/number", schemaPath: "#/properties/sequence/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema183.properties.sequence.properties.number, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema183.properties.sequence.type, parentSchema: schema183.properties.sequence, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema183.type, parentSchema: schema183, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
validate99.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validators = {
  "lifecycle": validator0,
  "manifest": validator1,
  "state": validator2,
  "ferry-config": validator3,
  "sync-cursor": validator4,
  "fleet-registration": validator5,
  "fleet-heartbeat": validator6
};

// src/manifest/schema-message.ts
function schemaMessage(error, wanted = []) {
  const problem = describe(error, wanted);
  if (error.propertyName === void 0) return problem;
  return {
    path: `${error.instancePath}/${escape(error.propertyName)}`,
    message: `invalid name ${JSON.stringify(error.propertyName)}: ${problem.message}`,
    atKey: true
  };
}
function describe(error, wanted) {
  const params = error.params;
  const at = error.instancePath;
  const parent = error.parentSchema ?? {};
  const value = (message, suggestion) => ({
    path: at,
    message: message + didYouMean(suggestion),
    atKey: false,
    ...suggestion === void 0 ? {} : { suggestion }
  });
  const limit = Number(params.limit);
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const suggestion = closestName(key, [...knownKeys(parent.properties), ...wanted]);
      return {
        path: `${at}/${escape(key)}`,
        message: `unknown key ${JSON.stringify(key)}${didYouMean(suggestion)}`,
        atKey: true,
        ...suggestion === void 0 ? {} : { suggestion }
      };
    }
    case "required":
      return { path: at, message: `missing required key ${JSON.stringify(params.missingProperty)}`, atKey: true };
    case "false schema":
      return {
        path: at,
        message: `key ${JSON.stringify(unescape(at.split("/").pop() ?? ""))} is not allowed here`,
        atKey: true
      };
    case "enum": {
      const allowed = params.allowedValues;
      const suggestion = typeof error.data === "string" ? closestName(
        error.data,
        allowed.filter((v) => typeof v === "string")
      ) : void 0;
      return value(`must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`, suggestion);
    }
    case "const":
      return value(`must be ${JSON.stringify(params.allowedValue)}`);
    case "type":
      return value(mustBe(String(params.type).split(","), error.data));
    case "minItems":
      return value(limit === 1 ? "needs at least one item" : `needs at least ${limit} items`);
    case "maxItems":
      return value(`may have at most ${limit} item${limit === 1 ? "" : "s"}`);
    case "minLength":
      return value(limit === 1 ? "must not be empty" : `must be at least ${limit} characters long`);
    case "maxLength":
      return value(`must be at most ${limit} characters long`);
    case "minProperties":
      return value(limit === 1 ? "needs at least one key" : `needs at least ${limit} keys`);
    case "maxProperties":
      return value(`may have at most ${limit} key${limit === 1 ? "" : "s"}`);
    case "minimum":
      return value(`must be at least ${limit}`);
    case "maximum":
      return value(`must be at most ${limit}`);
    case "exclusiveMinimum":
      return value(`must be more than ${limit}`);
    case "exclusiveMaximum":
      return value(`must be less than ${limit}`);
    case "uniqueItems":
      return value(`lists the same item twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1})`);
    case "pattern":
    case "format":
      return value(
        typeof parent.title === "string" ? `must be ${parent.title}${examplesOf(parent.examples)}` : error.keyword === "format" ? `must be a valid ${String(params.format)}` : `must match ${String(params.pattern)}`
      );
    default:
      return value(error.message ?? error.keyword);
  }
}
function knownKeys(properties) {
  if (typeof properties !== "object" || properties === null) return [];
  return Object.entries(properties).filter(([, schema]) => schema !== false).map(([key]) => key);
}
var TYPE_NAMES = {
  object: "a map",
  array: "a list",
  string: "text",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  null: "empty"
};
function mustBe(types, data) {
  const wanted = [...new Set(types)].map((t) => TYPE_NAMES[t] ?? t);
  const found = data === null || data === void 0 ? "empty" : Array.isArray(data) ? "a list" : typeof data === "object" ? "a map" : shortValue(data);
  return `must be ${wanted.join(" or ")}, not ${found}`;
}
function shortValue(data) {
  const text = JSON.stringify(data) ?? String(data);
  return text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
}
function examplesOf(examples) {
  if (!Array.isArray(examples) || examples.length === 0) return "";
  return ` (e.g. ${examples.map((e) => JSON.stringify(e)).join(", ")})`;
}
function escape(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescape(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

// src/manifest/schema-files.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var schemaDir = [new URL("./schemas/", import.meta.url), new URL("../../schemas/", import.meta.url)].find(
  (dir) => existsSync2(new URL("manifest.schema.json", dir))
) ?? new URL("../../schemas/", import.meta.url);
function readSchema(name) {
  return JSON.parse(readFileSync(fileURLToPath2(new URL(`${name}.schema.json`, schemaDir)), "utf8"));
}

// src/manifest/schema-validator.ts
function validateAgainst(name, value) {
  const validate = validators[name];
  if (validate(value)) return [];
  if (value === null || value === void 0) return [{ path: "", message: emptyFile(name), atKey: true }];
  return simplify(validate.errors ?? []);
}
function emptyFile(name) {
  const needs = {
    manifest: "a manifest needs at least `lifecycle:` and the `stages:` that lifecycle runs (see `ferry init`)",
    lifecycle: "a lifecycle needs at least `name:`, `description:`, `concurrency:`, and `initial:` with `states:` (or `regions:`)"
  };
  const required = readSchema(name).required;
  const keys = Array.isArray(required) ? required.map((k) => `\`${String(k)}:\``).join(", ") : "";
  return `the file is empty; ${needs[name] ?? (keys === "" ? "it needs a map of settings" : `it needs at least ${keys}`)}`;
}
function locateProblems(source, problems) {
  return problems.map((p) => {
    const { line, column } = source.locate(fromPointer(p.path), { key: p.atKey });
    return {
      file: source.file,
      line,
      column,
      path: p.path,
      message: p.message,
      code: "schema",
      ...p.suggestion === void 0 ? {} : { suggestion: p.suggestion }
    };
  });
}
function simplify(errors) {
  const dropped = /* @__PURE__ */ new Set();
  const replaced = /* @__PURE__ */ new Map();
  const wanted = /* @__PURE__ */ new Map();
  for (const error of errors) {
    if (error.keyword === "if" || error.keyword === "propertyNames") dropped.add(error);
    if (error.keyword === "anyOf") explainAnyOf(error, errors, dropped, replaced);
    if (error.keyword === "required") {
      const name = String(error.params.missingProperty);
      wanted.set(error.instancePath, [...wanted.get(error.instancePath) ?? [], name]);
    }
  }
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const error of errors) {
    if (dropped.has(error)) continue;
    const problem = replaced.get(error) ?? schemaMessage(error, wanted.get(error.instancePath) ?? []);
    const key = `${problem.path} ${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  const misspelt = new Set(
    problems.flatMap((p) => p.suggestion === void 0 ? [] : [`${parentOf(p.path)} ${p.suggestion}`])
  );
  const collapsed = new Set(replaced.values());
  return problems.filter(
    (p) => !collapsed.has(p) || !(wanted.get(p.path) ?? []).some((name) => misspelt.has(`${p.path} ${name}`))
  );
}
function parentOf(pointer) {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf("/")));
}
function explainAnyOf(anyOf, errors, dropped, replaced) {
  const prefix = `${anyOf.schemaPath}/`;
  const branches = /* @__PURE__ */ new Map();
  for (const error of errors) {
    if (!error.schemaPath.startsWith(prefix) || !error.instancePath.startsWith(anyOf.instancePath)) continue;
    const [branch = ""] = error.schemaPath.slice(prefix.length).split("/");
    branches.set(branch, [...branches.get(branch) ?? [], error]);
  }
  const at = anyOf.instancePath;
  const only = (keyword) => (list) => list.every((e) => e.keyword === keyword && e.instancePath === at);
  const all = [...branches.values()];
  if (all.length > 0 && all.every(only("type"))) {
    for (const e of all.flat()) dropped.add(e);
    const types = all.flat().flatMap((e) => String(e.params.type).split(","));
    replaced.set(anyOf, { path: at, message: mustBe(types, anyOf.data), atKey: false });
  } else if (all.length > 0 && all.every(only("required"))) {
    for (const e of all.flat()) dropped.add(e);
    const names = all.flat().map((e) => String(e.params.missingProperty));
    replaced.set(anyOf, { path: at, message: `needs one of ${names.join(", ")}`, atKey: true });
  } else {
    dropped.add(anyOf);
    for (const list of all) if (only("type")(list)) for (const e of list) dropped.add(e);
  }
}

// src/manifest/shape-guards.ts
var shapeGuards = {
  record: (value) => typeof value === "object" && value !== null && !Array.isArray(value),
  /** Absent, or passes `test`. */
  optional: (value, test) => value === void 0 || test(value),
  string: (value) => typeof value === "string",
  /** A map whose every value passes `test`. */
  mapOf: (value, test) => shapeGuards.record(value) && Object.values(value).every(test),
  /** A list whose every item passes `test`. */
  listOf: (value, test) => Array.isArray(value) && value.every(test)
};

// src/manifest/usable-manifest.ts
var timed = (value, keys) => shapeGuards.record(value) && keys.every((key) => shapeGuards.optional(value[key], shapeGuards.string));
var step = (s) => shapeGuards.record(s) && timed(s, ["timeout"]) && shapeGuards.optional(s["http-check"], (c) => timed(c, ["interval", "timeout"]));
var stage = (s) => timed(s, ["timeout", "approvalTimeout"]) && shapeGuards.listOf(s.steps, step);
var amount = (a) => typeof a === "number" || shapeGuards.string(a);
function usableManifest(value) {
  if (!shapeGuards.record(value) || !shapeGuards.string(value.lifecycle)) return false;
  return shapeGuards.optional(value.type, shapeGuards.string) && shapeGuards.optional(value.stages, (s) => shapeGuards.mapOf(s, stage)) && shapeGuards.optional(value.timers, (t) => shapeGuards.mapOf(t, shapeGuards.string)) && shapeGuards.optional(value.healthChecks, (h) => shapeGuards.listOf(h, (c) => timed(c, ["interval", "timeout"]))) && shapeGuards.optional(
    value.strategy,
    (s) => shapeGuards.record(s) && shapeGuards.optional(s.instances, (i) => typeof i === "number" || shapeGuards.listOf(i, shapeGuards.string)) && shapeGuards.optional(s.failureThreshold, amount) && shapeGuards.optional(s.fleet, (f) => typeof f === "boolean")
  ) && shapeGuards.optional(value.promotion, (p) => shapeGuards.record(p) && shapeGuards.optional(p.from, shapeGuards.string));
}

// src/manifest/input-limits.ts
var KIB = 1024;
var INPUT_LIMITS = {
  manifest: { maxBytes: 256 * KIB, maxDepth: 32, maxAliases: 100 },
  lifecycle: { maxBytes: 256 * KIB, maxDepth: 32, maxAliases: 100 },
  "ferry-config": { maxBytes: 64 * KIB, maxDepth: 16, maxAliases: 100 },
  "state-file": { maxBytes: 512 * KIB, maxDepth: 32, maxAliases: 0 },
  // A cursor is one flat object of about 150 bytes.
  "sync-cursor": { maxBytes: 4 * KIB, maxDepth: 2, maxAliases: 0 }
};
function oversize(text, maxBytes) {
  if (text.length * 3 <= maxBytes) return void 0;
  const size = Buffer.byteLength(text, "utf8");
  return size > maxBytes ? `file is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}` : void 0;
}
function tooDeep(maxDepth) {
  return `nested more than ${maxDepth} levels deep`;
}
function formatBytes(bytes) {
  if (bytes < KIB) return `${bytes} B`;
  if (bytes < KIB * KIB) return `${Math.round(bytes / KIB)} KiB`;
  return `${(bytes / KIB / KIB).toFixed(1)} MiB`;
}

// src/manifest/yaml-source.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/manifest/yaml-bounds.ts
var import_yaml = __toESM(require_dist(), 1);
var COLLECTIONS = /* @__PURE__ */ new Set(["block-map", "block-seq", "flow-collection"]);
function boundedCst(text, limits, onNewLine) {
  let verdict = { ok: true };
  onNewLine?.(0);
  const tooLarge = oversize(text, limits.maxBytes);
  if (tooLarge !== void 0) verdict = { ok: false, code: "too-large", offset: 0, message: tooLarge };
  function* tokens() {
    if (!verdict.ok) return;
    const parser = new import_yaml.Parser(onNewLine);
    let aliases = 0;
    for (const lexeme of new import_yaml.Lexer().lex(text)) {
      const offset = parser.offset;
      yield* parser.next(lexeme);
      if (import_yaml.CST.tokenType(lexeme) === "alias" && ++aliases > limits.maxAliases) {
        verdict = { ok: false, code: "too-many-aliases", offset, message: `more than ${limits.maxAliases} aliases` };
        return;
      }
      if (parser.stack.length > limits.maxDepth && parser.stack.filter((t) => COLLECTIONS.has(t.type)).length > limits.maxDepth) {
        verdict = { ok: false, code: "too-deep", offset, message: tooDeep(limits.maxDepth) };
        return;
      }
    }
    yield* parser.end();
  }
  return { tokens: tokens(), verdict: () => verdict };
}
function checkYamlBounds(text, limits) {
  const cst = boundedCst(text, limits);
  for (const token of cst.tokens) void token;
  return cst.verdict();
}

// src/manifest/yaml-duplicate-keys.ts
var import_yaml2 = __toESM(require_dist(), 1);
function findDuplicateKey(doc) {
  let first;
  const pending = [{ node: doc.contents, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, path } = next;
    if ((0, import_yaml2.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        if (!(0, import_yaml2.isPair)(pair)) continue;
        const key = (0, import_yaml2.isScalar)(pair.key) ? pair.key.value : pair.key;
        const name = String(key);
        const offset = pair.key?.range?.[0] ?? 0;
        if ((0, import_yaml2.isScalar)(pair.key) && seen.has(key)) {
          if (!first || offset < first.offset) first = { key: name, offset, path: [...path, name] };
        }
        seen.add(key);
        pending.push({ node: pair.value, path: [...path, name] });
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      node.items.forEach((item, i) => pending.push({ node: item, path: [...path, i] }));
    }
  }
  return first;
}

// src/manifest/yaml-source.ts
function parseYamlSource(text, file, limits) {
  const lineCounter = new import_yaml3.LineCounter();
  const position = (offset) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const cst = boundedCst(text, limits, lineCounter.addNewLine);
  const docs = [];
  try {
    const composer = new import_yaml3.Composer({ uniqueKeys: false, prettyErrors: false, strict: true, merge: true });
    for (const doc2 of composer.compose(cst.tokens, true, text.length)) if (docs.push(doc2) > 1) break;
  } catch (error) {
    return {
      ok: false,
      errors: [{ file, line: 1, column: 1, path: "", message: `could not parse: ${describe2(error)}`, code: "yaml" }]
    };
  }
  const bounds = cst.verdict();
  if (!bounds.ok)
    return {
      ok: false,
      errors: [{ file, ...position(bounds.offset), path: "", message: bounds.message, code: bounds.code }]
    };
  const [doc, second] = docs;
  if (!doc)
    return {
      ok: false,
      errors: [{ file, line: 1, column: 1, path: "", message: "could not parse: no document", code: "yaml" }]
    };
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => ({ file, ...explainYamlError(doc, e, position), code: "yaml" }));
    return { ok: false, errors: errors.filter((e, i) => errors.findIndex((other) => other.line === e.line) === i) };
  }
  if (second)
    return {
      ok: false,
      errors: [
        {
          file,
          ...position(second.range?.[0] ?? 0),
          path: "",
          message: "a second YAML document: a file holds one",
          code: "yaml"
        }
      ]
    };
  const duplicate = findDuplicateKey(doc);
  if (duplicate) {
    const at = position(duplicate.offset);
    return {
      ok: false,
      errors: [
        {
          file,
          ...at,
          path: toPointer(duplicate.path),
          message: `duplicate key ${JSON.stringify(duplicate.key)}: map keys must be unique`,
          code: "yaml"
        }
      ]
    };
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (error) {
    return { ok: false, errors: [{ file, ...aliasProblem(doc, error, position), path: "" }] };
  }
  const locate = (path, options = {}) => {
    let node = doc.contents;
    let offset = doc.contents?.range?.[0] ?? 0;
    let keyOffset;
    for (const segment of path) {
      if ((0, import_yaml3.isMap)(node)) {
        const pair = node.items.find((p) => (0, import_yaml3.isPair)(p) && (0, import_yaml3.isScalar)(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const keyNode = pair.key;
        keyOffset = keyNode.range?.[0] ?? offset;
        node = pair.value;
        offset = pair.value?.range?.[0] ?? keyOffset;
      } else if ((0, import_yaml3.isSeq)(node) && /^\d+$/.test(String(segment))) {
        const item = node.items[Number(segment)];
        if (!item) break;
        keyOffset = void 0;
        node = item;
        offset = item.range?.[0] ?? offset;
      } else {
        break;
      }
    }
    const atKey = options.key === true || (0, import_yaml3.isMap)(node) || (0, import_yaml3.isSeq)(node);
    return position(atKey && keyOffset !== void 0 ? keyOffset : offset);
  };
  return { ok: true, source: { file, value, locate } };
}
function explainYamlError(doc, error, position) {
  const at = error.pos[0];
  const message = firstLine(error.message);
  if (error.code === "MISSING_CHAR" && /quote/.test(message)) {
    const found = findNode(
      doc,
      (node) => (0, import_yaml3.isScalar)(node) && /^QUOTE/.test(node.type ?? "") && (node.range?.[1] ?? -1) === at
    );
    const start = found?.node.range?.[0];
    if (found && start !== void 0)
      return {
        ...position(start),
        path: toPointer(found.path),
        message: `unterminated string: ${lowerFirst(message)}`
      };
  }
  return { ...position(at), path: "", message };
}
function findNode(doc, match) {
  const walk = (node, path) => {
    if ((0, import_yaml3.isMap)(node)) {
      for (const pair of node.items) {
        const key = (0, import_yaml3.isScalar)(pair.key) ? String(pair.key.value) : "";
        if ((0, import_yaml3.isScalar)(pair.key) && match(pair.key)) return { node: pair.key, path: [...path, key] };
        const inner = walk(pair.value, [...path, key]);
        if (inner) return inner;
      }
    } else if ((0, import_yaml3.isSeq)(node)) {
      for (const [i, item] of node.items.entries()) {
        const inner = walk(item, [...path, i]);
        if (inner) return inner;
      }
    } else if ((0, import_yaml3.isScalar)(node) && match(node)) {
      return { node, path };
    }
    return void 0;
  };
  return walk(doc.contents, []);
}
function firstLine(message) {
  return message.split("\n")[0] ?? message;
}
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
function describe2(error) {
  return firstLine(error instanceof Error ? error.message : String(error));
}
function aliasProblem(doc, error, position) {
  const message = describe2(error);
  if (/^Excessive alias count/.test(message))
    return {
      line: 1,
      column: 1,
      message: "aliases expand too far (a billion-laughs document?)",
      code: "too-many-aliases"
    };
  let unresolved;
  (0, import_yaml3.visit)(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== void 0) return void 0;
      unresolved = node;
      return import_yaml3.visit.BREAK;
    }
  });
  return { ...position(unresolved?.range?.[0] ?? 0), message, code: "yaml" };
}

// src/core/defined.ts
var InvariantError = class extends Error {
  name = "InvariantError";
};
function defined(value, what) {
  if (value === void 0 || value === null) throw new InvariantError(`${what} is missing`);
  return value;
}

// src/manifest/load-manifest.ts
var DEPLOYMENT_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
function loadManifest(text, file, options = {}) {
  const nameErrors = checkName(file);
  const parsed = parseYamlSource(text, file, INPUT_LIMITS.manifest);
  if (!parsed.ok) return { ok: false, errors: [...nameErrors, ...parsed.errors] };
  const { source } = parsed;
  const schemaErrors = [...nameErrors, ...locateProblems(source, validateAgainst("manifest", source.value))];
  if (schemaErrors.length > nameErrors.length && !usableManifest(source.value))
    return { ok: false, errors: withSemanticErrors(schemaErrors, []) };
  const raw = source.value;
  const known = options.knownLifecycles ?? builtinLifecycles();
  const semantic = [
    ...promotionErrors(raw, file, source),
    ...checkManifest(raw, known).map((p) => ({
      file,
      ...source.locate(p.path, { key: p.atKey }),
      path: toPointer(p.path),
      message: p.message,
      code: p.code,
      ...p.suggestion === void 0 ? {} : { suggestion: p.suggestion }
    }))
  ];
  const errors = withSemanticErrors(schemaErrors, semantic);
  const lifecycle = known.get(raw.lifecycle);
  if (errors.length > 0 || !lifecycle) return { ok: false, errors };
  return { ok: true, manifest: normalise(raw, deploymentNameOf(file), file), lifecycle };
}
function deploymentNameOf(file) {
  return ferryFileName(file) ?? file.split(/[\\/]/).pop() ?? file;
}
function checkName(file) {
  const error = (message) => [{ file, line: 1, column: 1, path: "", message, code: "name" }];
  const base = file.split(/[\\/]/).pop() ?? file;
  if (ferryFileName(file) === void 0)
    return error(`deployment manifests are named <deployment>.yml (or .yaml), not ${JSON.stringify(base)}`);
  const name = deploymentNameOf(file);
  if (!DEPLOYMENT_NAME_PATTERN.test(name)) {
    return error(
      `invalid deployment name ${JSON.stringify(name)}: use 1 to 63 lowercase letters, digits and dashes, starting with a letter or digit`
    );
  }
  return [];
}
function promotionErrors(raw, file, source) {
  if (raw.promotion?.from !== deploymentNameOf(file)) return [];
  const path = ["promotion", "from"];
  return [
    {
      file,
      ...source.locate(path),
      path: toPointer(path),
      message: `promotion.from names this deployment itself; name the deployment whose versions this one deploys after (e.g. staging)`,
      code: "promotion-self"
    }
  ];
}
function seconds(duration) {
  return defined(parseDuration(duration), `duration ${duration}`);
}
function optionalSeconds(key, duration) {
  return duration === void 0 ? {} : { [key]: seconds(duration) };
}
function normalise(raw, name, file) {
  const strategy = raw.strategy;
  return {
    name,
    file,
    lifecycle: raw.lifecycle,
    ...raw.description === void 0 ? {} : { description: raw.description },
    environment: raw.environment ?? name,
    ...raw["environment-url"] === void 0 ? {} : { environmentUrl: raw["environment-url"] },
    runsOn: raw["runs-on"] ?? DEFAULT_RUNS_ON,
    ...raw.type === void 0 ? {} : { type: raw.type },
    quick: raw.quick ?? false,
    triggers: {
      ...raw.triggers?.branches ? { branches: raw.triggers.branches } : {},
      ...raw.triggers?.paths ? { paths: raw.triggers.paths } : {},
      pullRequests: raw.triggers?.pullRequests ?? false
    },
    ...raw.concurrency === void 0 ? {} : { concurrency: raw.concurrency },
    ...strategy === void 0 ? {} : {
      strategy: {
        ...strategy.instances === void 0 ? {} : { instances: strategy.instances },
        batchSize: fleetAmount(strategy.batchSize ?? 1),
        failureThreshold: fleetAmount(strategy.failureThreshold ?? 1),
        autoRollback: strategy.autoRollback ?? true,
        degraded: strategy.degraded ?? "block",
        fleet: strategy.fleet ?? false
      }
    },
    ...raw.promotion === void 0 ? {} : { promotion: raw.promotion },
    timers: Object.fromEntries(Object.entries(raw.timers ?? {}).map(([timer, duration]) => [timer, seconds(duration)])),
    scope: { allowDrop: raw.scope?.allowDrop ?? false },
    env: raw.env ?? {},
    secrets: raw.secrets ?? [],
    healthChecks: (raw.healthChecks ?? []).map((check) => ({
      name: check.name ?? check.url,
      ...httpCheck(check)
    })),
    stages: Object.fromEntries(Object.entries(raw.stages ?? {}).map(([stage2, def]) => [stage2, normaliseStage(def)]))
  };
}
function fleetAmount(raw) {
  return typeof raw === "number" ? { kind: "count", count: raw } : { kind: "percent", percent: Number(raw.slice(0, -1)) };
}
function httpCheck(raw) {
  return {
    url: raw.url,
    expectStatus: raw.expectStatus ?? HTTP_CHECK_DEFAULTS.expectStatus,
    retries: raw.retries ?? HTTP_CHECK_DEFAULTS.retries,
    intervalSeconds: raw.interval === void 0 ? HTTP_CHECK_DEFAULTS.intervalSeconds : seconds(raw.interval),
    timeoutSeconds: raw.timeout === void 0 ? HTTP_CHECK_DEFAULTS.timeoutSeconds : seconds(raw.timeout)
  };
}
function normaliseStage(raw) {
  const [first, ...rest] = raw.steps;
  return {
    ...raw.description === void 0 ? {} : { description: raw.description },
    ...optionalSeconds("timeoutSeconds", raw.timeout),
    retries: raw.retries ?? 0,
    ...optionalSeconds("backoffSeconds", raw.backoff),
    ...raw.onInterrupt === void 0 ? {} : { onInterrupt: raw.onInterrupt },
    ...optionalSeconds("approvalTimeoutSeconds", raw.approvalTimeout),
    ...raw["runs-on"] === void 0 ? {} : { runsOn: raw["runs-on"] },
    env: raw.env ?? {},
    steps: [normaliseStep(first), ...rest.map(normaliseStep)]
  };
}
function normaliseStep(raw) {
  if ("http-check" in raw) {
    const check = httpCheck(raw["http-check"]);
    return { kind: "http-check", name: raw.name ?? `check ${check.url}`, check };
  }
  if ("artifact" in raw) {
    const { url, sha256, path } = raw.artifact;
    return { kind: "artifact", name: raw.name ?? `fetch ${path}`, url, sha256, path };
  }
  const command = "run" in raw ? { script: raw.run, ...raw.shell === void 0 ? {} : { shell: raw.shell } } : { argv: raw.args };
  const shown = "script" in command ? (command.script.split("\n").find((l) => l.trim() !== "") ?? "").trim() : command.argv.join(" ");
  const workingDirectory = raw["working-directory"] ?? raw.workingDirectory;
  return {
    kind: "command",
    // A step is reported by name; an unnamed one by the start of its command, kept short for a check-run line.
    name: raw.name ?? (shown.length > 60 ? `${shown.slice(0, 59)}\u2026` : shown),
    command,
    ...optionalSeconds("timeoutSeconds", raw.timeout),
    env: raw.env ?? {},
    ...workingDirectory === void 0 ? {} : { workingDirectory }
  };
}

export {
  ferryFileName,
  parseDuration,
  addSeconds,
  formatSeconds,
  builtinLifecycles,
  suggester,
  didYouMean,
  INSTANCE_MESSAGE_LIMIT,
  compareInstanceIds,
  instanceUpdateState,
  desiredVersionOf,
  updateNeeded,
  resolveAmount,
  countFleet,
  INITIAL_FLEET_RECORD,
  FLEET_STAGE,
  tickFleet,
  DEFAULT_RUNS_ON,
  formatSourceError,
  toPointer,
  withSemanticErrors,
  validateAgainst,
  locateProblems,
  shapeGuards,
  INPUT_LIMITS,
  oversize,
  tooDeep,
  require_dist,
  checkYamlBounds,
  parseYamlSource,
  defined,
  DEPLOYMENT_NAME_PATTERN,
  loadManifest
};
