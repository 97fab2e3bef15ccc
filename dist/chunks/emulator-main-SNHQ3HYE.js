import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  JOB_SCOPES,
  JobRelayError,
  MAX_VARIABLE_KEY_LENGTH,
  VARIABLE_KEY_PATTERN,
  ValiError,
  array,
  boolean,
  check,
  errorMessage,
  formatPath,
  integer,
  isFinishedStatus,
  isVariableKey,
  issueKeys,
  issuePath,
  lazy,
  maxValue,
  minLength,
  minValue,
  nonEmpty,
  nullable,
  number,
  optional,
  parse,
  picklist,
  pipe,
  record,
  regex,
  safeParse,
  strictObject,
  string,
  union,
  unknown
} from "./chunk-HG77K7LZ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7QHSCVNK.js";

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
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
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
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
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
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
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
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
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
        const [, handle, suffix2] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix2)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix2);
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
          visit.visit(doc.contents, (_key, node) => {
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
    var visit = require_visit();
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
      visit.visit(root, {
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
    var visit = require_visit();
    var identity = require_identity();
    var Node5 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node5.NodeBase {
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
          visit.visit(doc, {
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
    var Node5 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node5.NodeBase {
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
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
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
    var Node5 = require_Node();
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
    var Collection = class extends Node5.NodeBase {
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
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
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
                      str += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json2[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json2.slice(start) : json2;
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
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
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
    var string2 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string2;
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
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
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
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
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
    var string2 = require_string();
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
      string2.string,
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
    var string2 = require_string();
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
      ["failsafe", [map.map, seq.seq, string2.string]],
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
    var string2 = require_string();
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
        Object.defineProperty(this, identity.SCALAR, { value: string2.string });
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
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
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
    var prettifyError = (src, lc2) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc2.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc2.lineStarts[line - 1], lc2.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc2.lineStarts[line - 2], lc2.lineStarts[line - 1]);
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
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
        if (!isMap2 && !sep && !props.found) {
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
            if (!isMap2 && !props.found && ctx.options.strict) {
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
          if (isMap2) {
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
      const expectedEnd = isMap2 ? "}" : "]";
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
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
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
      match2 = last.exec(source);
      return res + sep + (match2?.[1] ?? "");
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
            const raw2 = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw2}`);
            res += raw2;
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
        const raw2 = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw2}`);
        return raw2;
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
    var Composer = class {
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
    exports.Composer = Composer;
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
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
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
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
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
    exports.visit = visit;
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
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar2;
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
    var Lexer = class {
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
    exports.Lexer = Lexer;
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
    var Parser = class {
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
    exports.Parser = Parser;
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
    function parseDocument2(source, options = {}) {
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
    function parse4(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
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
    exports.parse = parse4;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
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
    var visit = require_visit();
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
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/emulator/node/emulator-main.ts
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/emulator/scenario/parse-scenario-text.ts
var import_yaml = __toESM(require_dist(), 1);

// src/emulator/scenario/scenario-error.ts
var ScenarioError = class extends JobRelayError {
  code = "INVALID_SCENARIO";
  issues;
  /** The file or label the scenario came from, when known. */
  source;
  constructor(issues, source) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(
      `Invalid scenario${source ? ` ${source}` : ""}: ${first ? formatIssue(first) : "unknown problem"}${more}`
    );
    this.issues = issues;
    this.source = source;
  }
};
function formatIssue(issue) {
  const where = issue.line === void 0 ? "" : ` (line ${issue.line})`;
  return `${issue.path || "scenario"}${where}: ${issue.message}`;
}

// src/emulator/scenario/check-scenario-references.ts
function checkScenarioReferences(scenario) {
  const problems = [];
  const report = (path, message) => problems.push({ path, message });
  const usernames = /* @__PURE__ */ new Set();
  const tokens = /* @__PURE__ */ new Set();
  scenario.users.forEach((user, index) => {
    if (usernames.has(user.username))
      report(["users", index, "username"], "is a duplicate username");
    usernames.add(user.username);
    for (const key of ["token", "oauthToken"]) {
      const token = user[key];
      if (token === void 0) continue;
      if (tokens.has(token)) report(["users", index, key], "is the same token as another user");
      tokens.add(token);
    }
  });
  const projectPaths = /* @__PURE__ */ new Set();
  const projectIds = /* @__PURE__ */ new Set();
  scenario.projects.forEach((project, index) => {
    const path = project.path.toLowerCase();
    if (projectPaths.has(path)) report(["projects", index, "path"], "is a duplicate project path");
    projectPaths.add(path);
    if (project.id !== void 0) {
      if (projectIds.has(project.id))
        report(["projects", index, "id"], "is a duplicate project id");
      projectIds.add(project.id);
    }
  });
  const projectExists = (ref) => typeof ref === "number" ? projectIds.has(ref) : projectPaths.has(ref.toLowerCase());
  scenario.projects.forEach((project, index) => {
    for (const username of Object.keys(project.members ?? {})) {
      if (!usernames.has(username)) {
        report(["projects", index, "members", username], `names unknown user "${username}"`);
      }
    }
    (project.jobTokenAllowlist ?? []).forEach((ref, position) => {
      if (!projectExists(ref)) {
        report(
          ["projects", index, "jobTokenAllowlist", position],
          `names unknown project "${ref}"`
        );
      }
    });
    (project.agents ?? []).forEach((agent, position) => {
      if (agent.configProject !== void 0 && !projectExists(agent.configProject)) {
        report(
          ["projects", index, "agents", position, "configProject"],
          `names unknown project "${agent.configProject}"`
        );
      }
    });
  });
  const checkJobs = (jobs, stages, base) => {
    const names = /* @__PURE__ */ new Map();
    jobs.forEach((job, index) => {
      if (names.has(job.name))
        report([...base, index, "name"], `is a duplicate job name "${job.name}"`);
      names.set(job.name, index);
    });
    jobs.forEach((job, index) => {
      const at = [...base, index];
      if (stages && job.stage !== void 0 && !stages.includes(job.stage)) {
        report([...at, "stage"], `is not one of the pipeline's stages (${stages.join(", ")})`);
      }
      (job.needs ?? []).forEach((need, position) => {
        if (need === job.name) report([...at, "needs", position], "a job cannot need itself");
        else if (!names.has(need))
          report([...at, "needs", position], `names unknown job "${need}"`);
      });
      if (job.when === "delayed" !== (job.startIn !== void 0)) {
        report(
          [...at, job.startIn === void 0 ? "when" : "startIn"],
          "startIn goes with when: delayed"
        );
      }
      if (job.user !== void 0 && job.user !== null && !usernames.has(job.user)) {
        report([...at, "user"], `names unknown user "${job.user}"`);
      }
      if (job.trigger) {
        for (const key of ["trace", "artifacts", "result", "runner", "tags", "coverage"]) {
          if (job[key] !== void 0)
            report([...at, key], "a bridge (trigger job) has no such field");
        }
        if (!projectExists(job.trigger.project)) {
          report([...at, "trigger", "project"], `names unknown project "${job.trigger.project}"`);
        }
        if (job.trigger.jobs) checkJobs(job.trigger.jobs, void 0, [...at, "trigger", "jobs"]);
      }
    });
    const cycle = findNeedsCycle(jobs);
    if (cycle !== void 0) report([...base, cycle, "needs"], "the needs form a cycle");
  };
  (scenario.pipelines ?? []).forEach((pipeline, index) => {
    if (!projectExists(pipeline.project)) {
      report(["pipelines", index, "project"], `names unknown project "${pipeline.project}"`);
    }
    if (typeof pipeline.user === "string" && !usernames.has(pipeline.user)) {
      report(["pipelines", index, "user"], `names unknown user "${pipeline.user}"`);
    }
    checkJobs(pipeline.jobs, pipeline.stages, ["pipelines", index, "jobs"]);
  });
  scenario.projects.forEach((project, index) => {
    (project.ci ?? []).forEach((template, position) => {
      checkJobs(template.jobs, template.stages, ["projects", index, "ci", position, "jobs"]);
    });
    (project.triggers ?? []).forEach((trigger, position) => {
      const at = ["projects", index, "triggers", position];
      if (!usernames.has(trigger.owner))
        report([...at, "owner"], `names unknown user "${trigger.owner}"`);
      if (trigger.token === void 0) return;
      if (tokens.has(trigger.token)) report([...at, "token"], "is the same token as another one");
      tokens.add(trigger.token);
    });
  });
  return problems;
}
function findNeedsCycle(jobs) {
  const index = new Map(jobs.map((job, position) => [job.name, position]));
  const state = /* @__PURE__ */ new Map();
  const visit = (name) => {
    const seen = state.get(name);
    if (seen === "done") return false;
    if (seen === "visiting") return true;
    state.set(name, "visiting");
    const job = jobs[index.get(name) ?? -1];
    const onCycle = (job?.needs ?? []).some((need) => index.has(need) && visit(need));
    state.set(name, "done");
    return onCycle;
  };
  for (const [position, job] of jobs.entries()) {
    state.clear();
    if (visit(job.name)) return position;
  }
  return void 0;
}

// src/emulator/scenario/field-path.ts
var formatFieldPath = formatPath;

// src/emulator/scenario/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var DURATION_PATTERN = /^(-?\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/;
function parseDuration(value) {
  if (typeof value === "number") return Number.isFinite(value) ? Math.round(value) : void 0;
  const match2 = DURATION_PATTERN.exec(value.trim());
  if (!match2) return void 0;
  const [, amount, unit] = match2;
  return Math.round(Number(amount) * (UNIT_MS[unit ?? "ms"] ?? 1));
}
var DURATION_MESSAGE = 'must be a duration: milliseconds, or e.g. "30s", "2m", "-1h"';
var DurationSchema = pipe(
  union([number(), string()], DURATION_MESSAGE),
  check((value) => parseDuration(value) !== void 0, DURATION_MESSAGE)
);
var PositiveDurationSchema = pipe(
  union([number(), string()], DURATION_MESSAGE),
  check(
    (value) => (parseDuration(value) ?? -1) >= 0,
    'must be a duration that is not negative: milliseconds, or e.g. "30s", "2m"'
  )
);

// src/emulator/artifacts/is-archive-path.ts
function isArchivePath(path) {
  if (path === "" || path.includes("\0") || path.includes("\\")) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

// src/emulator/scenario/job-schema.ts
var NameSchema = pipe(string(), nonEmpty("must not be empty"));
var ProjectPathSchema = pipe(
  string(),
  regex(/^[\w.-]+(?:\/[\w.-]+)+$/, 'must be a project path such as "group/project"')
);
var ProjectRefSchema = union(
  [ProjectPathSchema, pipe(number(), integer(), minValue(1))],
  "must be a project path or id"
);
var VariableKeySchema = pipe(
  string(),
  check(isVariableKey, "must be a variable key of letters, digits and _ (at most 255)")
);
var ColorSchema = picklist(["red", "green", "yellow", "blue", "magenta", "cyan", "bold"]);
var TraceLineSchema = strictObject({
  text: string(),
  at: optional(PositiveDurationSchema),
  color: optional(ColorSchema)
});
var TraceEntrySchema = union(
  [
    string(),
    TraceLineSchema,
    strictObject({
      section: pipe(
        string(),
        regex(/^[\w.-]+$/, "must be a section name of letters, digits, _ . -")
      ),
      header: string(),
      collapsed: optional(boolean()),
      at: optional(PositiveDurationSchema),
      endAt: optional(PositiveDurationSchema),
      lines: optional(array(lazy(() => TraceEntrySchema)))
    })
  ],
  "must be a log line (text), {text, at?, color?} or {section, header, lines, ...}"
);
var GeneratedTraceSchema = strictObject({
  generate: strictObject({
    bytes: pipe(number(), integer(), minValue(0)),
    lineLength: optional(pipe(number(), integer(), minValue(16), maxValue(65536))),
    bytesPerSecond: optional(pipe(number(), minValue(1)))
  })
});
var MAX_ZIP_BYTES = 4e9;
var ArchiveFileSchema = union(
  [
    string(),
    strictObject({
      bytes: pipe(number(), integer(), minValue(0), maxValue(MAX_ZIP_BYTES))
    })
  ],
  "must be the file's text or { bytes: <count> } of generated content"
);
var ArtifactSchema = pipe(
  strictObject({
    fileType: string(),
    filename: string(),
    /** The file's size; not with `files`, whose archive's size is the real zip's. */
    size: optional(pipe(number(), integer(), minValue(0))),
    fileFormat: optional(string()),
    /** What the archive holds, by path: the emulator serves it as a real zip (`fileType: archive` only). */
    files: optional(
      pipe(
        record(
          pipe(
            string(),
            check(
              isArchivePath,
              'must be a relative path such as "dist/app.js" (no "..", no leading or trailing /)'
            )
          ),
          ArchiveFileSchema
        ),
        check(
          (files) => generatedBytes(files) <= MAX_ZIP_BYTES,
          "must hold less than 4 GB in all (the emulator writes no ZIP64)"
        )
      )
    )
  }),
  check(
    (artifact) => artifact.size === void 0 !== (artifact.files === void 0),
    "must give either size or files (the archive's size is then the zip's)"
  ),
  check(
    (artifact) => artifact.files === void 0 || artifact.fileType === "archive",
    'may list files only for fileType "archive"'
  )
);
function generatedBytes(files) {
  let total = 0;
  for (const file of Object.values(files))
    total += typeof file === "string" ? file.length * 3 : file.bytes;
  return total;
}
var ResultSchema = picklist(["success", "failed"]);
var JOB_ENTRIES = {
  name: NameSchema,
  stage: optional(NameSchema),
  when: optional(picklist(["on_success", "manual", "delayed", "on_failure", "always"])),
  startIn: optional(PositiveDurationSchema),
  needs: optional(array(NameSchema)),
  allowFailure: optional(boolean()),
  waitingForResource: optional(PositiveDurationSchema),
  preparing: optional(PositiveDurationSchema),
  queue: optional(PositiveDurationSchema),
  duration: optional(PositiveDurationSchema),
  cancelGrace: optional(PositiveDurationSchema),
  result: optional(union([ResultSchema, pipe(array(ResultSchema), minLength(1))])),
  failureReason: optional(string()),
  tags: optional(array(string())),
  coverage: optional(nullable(number())),
  artifacts: optional(array(ArtifactSchema)),
  artifactsExpireIn: optional(nullable(PositiveDurationSchema)),
  /** When into the run the runner uploads the artifacts (default: as the job finishes). */
  artifactsUploadAt: optional(PositiveDurationSchema),
  /** `artifacts:access` (`artifacts:public: false` is `developer`): who may download them; `all` by default. */
  artifactsAccess: optional(picklist(["all", "developer", "maintainer", "none"])),
  runner: optional(
    strictObject({
      id: optional(pipe(number(), integer(), minValue(1))),
      description: optional(string()),
      name: optional(string())
    })
  ),
  trace: optional(union([array(TraceEntrySchema), GeneratedTraceSchema])),
  environment: optional(
    strictObject({
      name: NameSchema,
      tier: optional(picklist(["production", "staging", "testing", "development", "other"]))
    })
  ),
  user: optional(nullable(NameSchema)),
  /** CI/CD variables of the job from its configuration (`variables:`); played ones override them. */
  variables: optional(record(VariableKeySchema, string())),
  /** The job's `debug_trace_enabled` metadata (CI_DEBUG_TRACE set for the job in its config). */
  debugTrace: optional(boolean())
};
var DownstreamJobSchema = strictObject(JOB_ENTRIES);
var JobSchema = strictObject({
  ...JOB_ENTRIES,
  trigger: optional(
    strictObject({
      project: ProjectRefSchema,
      ref: optional(NameSchema),
      strategy: optional(picklist(["depend"])),
      jobs: optional(pipe(array(DownstreamJobSchema), minLength(1)))
    })
  )
});

// src/emulator/scenario/project-ci-schema.ts
var CiTemplateSchema = strictObject({
  /** Ref names or globs (`release/*`; `*` matches anything, `/` too); absent for any ref. */
  refs: optional(pipe(array(NameSchema), minLength(1, "must list at least one ref"))),
  stages: optional(array(NameSchema)),
  /** The pipeline's name, as `workflow:name` gives it. */
  name: optional(NameSchema),
  jobs: pipe(array(JobSchema), minLength(1, "must list at least one job"))
});
var TriggerTokenSchema = strictObject({
  /** GitLab's trigger tokens read `glptt-…`; one is generated when absent. */
  token: optional(pipe(string(), minLength(8, "must be at least 8 characters"))),
  /** The username whose rights (and name) the triggered pipelines run with. */
  owner: NameSchema,
  description: optional(string())
});
var PROJECT_CI_ENTRIES = {
  ci: optional(array(CiTemplateSchema)),
  branches: optional(array(NameSchema)),
  tags: optional(array(NameSchema)),
  triggers: optional(array(TriggerTokenSchema))
};

// src/emulator/scenario/scenario-schema.ts
var ROLE_NAMES = ["guest", "planner", "reporter", "developer", "maintainer", "owner"];
var PipelineSchema = strictObject({
  project: ProjectRefSchema,
  ref: optional(NameSchema),
  tag: optional(boolean()),
  sha: optional(pipe(string(), regex(/^[0-9a-f]{40}$/, "must be 40 lowercase hex digits"))),
  source: optional(NameSchema),
  user: optional(nullable(NameSchema)),
  at: optional(DurationSchema),
  archived: optional(boolean()),
  stages: optional(array(NameSchema)),
  commit: optional(
    strictObject({
      title: optional(string()),
      message: optional(string()),
      authorName: optional(string()),
      authorEmail: optional(string())
    })
  ),
  jobs: pipe(array(JobSchema), minLength(1, "must list at least one job"))
});
var ProtectedRefSchema = strictObject({
  /** A ref name, or a wildcard such as `release/*`. */
  name: NameSchema,
  /** The lowest role allowed to push or merge (branches) or create (tags); `maintainer` by default. */
  allowed: optional(picklist(["developer", "maintainer", "no one"]))
});
var UserSchema = strictObject({
  username: pipe(
    string(),
    regex(/^[\w.-]+$/, "must be a username of letters, digits, _ . -")
  ),
  name: optional(string()),
  email: optional(string()),
  token: optional(pipe(string(), minLength(8, "must be at least 8 characters"))),
  oauthToken: optional(pipe(string(), minLength(8, "must be at least 8 characters"))),
  admin: optional(boolean())
});
var ProjectSchema = strictObject({
  id: optional(pipe(number(), integer(), minValue(1))),
  path: ProjectPathSchema,
  name: optional(string()),
  description: optional(nullable(string())),
  visibility: optional(picklist(["private", "internal", "public"])),
  members: optional(record(string(), picklist(ROLE_NAMES))),
  jobTokenScopeEnabled: optional(boolean()),
  /** GitLab's "Public pipelines" (public_builds), on by default: who may read jobs and logs. */
  publicBuilds: optional(boolean()),
  jobTokenAllowlist: optional(array(ProjectRefSchema)),
  ciJobTokenScopeEnabled: optional(boolean()),
  /** Protected branches and tags: who may push or merge (so run, retry, cancel, erase jobs) there. */
  protectedBranches: optional(array(ProtectedRefSchema)),
  /**
   * "Minimum role to use pipeline variables" (ci_pipeline_variables_minimum_override_role):
   * who may play a job with variables. `developer` by default here; GitLab gives new namespaces
   * `no_one_allowed`.
   */
  pipelineVariablesMinimumRole: optional(
    picklist(["developer", "maintainer", "owner", "no_one_allowed"])
  ),
  protectedTags: optional(array(ProtectedRefSchema)),
  agents: optional(
    array(
      strictObject({
        id: pipe(number(), integer(), minValue(1)),
        configProject: optional(ProjectPathSchema),
        configuration: optional(record(string(), unknown())),
        // The agent's ci_access `environments` (patterns, `*` a wildcard): GitLab keeps them in
        // the configuration and lists the agent only for jobs whose environment matches one.
        environments: optional(array(NameSchema))
      })
    )
  ),
  /** `ci`, `branches`, `tags`, `triggers`: what pipelines created through the API contain. */
  ...PROJECT_CI_ENTRIES
});
var RateLimitSchema = strictObject({
  route: optional(string()),
  limit: pipe(number(), integer(), minValue(0)),
  window: optional(PositiveDurationSchema),
  kind: optional(picklist(["throttle", "application"]))
});
var RateLimitsSchema = array(RateLimitSchema);
var ScenarioSchema = strictObject({
  startAt: optional(
    pipe(
      string(),
      check((value) => !Number.isNaN(Date.parse(value)), "must be an ISO 8601 date")
    )
  ),
  server: optional(
    strictObject({
      jobIdStart: optional(pipe(number(), integer(), minValue(1))),
      pipelineIdStart: optional(pipe(number(), integer(), minValue(1))),
      jobTokenListAccess: optional(boolean()),
      enforceOffsetLimit: optional(boolean()),
      /** Instance-level CI/CD variables every job sees (e.g. CI_DEBUG_TRACE). */
      instanceVariables: optional(record(VariableKeySchema, string())),
      allowedAgentsFormat: optional(picklist(["current", "full"])),
      /** `redirect`: archives answer 302 to signed links on another origin (object storage). */
      artifactsDownload: optional(picklist(["proxy", "redirect"])),
      rateLimits: optional(RateLimitsSchema)
    })
  ),
  users: pipe(array(UserSchema), minLength(1, "must list at least one user")),
  projects: pipe(array(ProjectSchema), minLength(1, "must list at least one project")),
  pipelines: optional(array(PipelineSchema))
});

// src/emulator/scenario/validate-scenario.ts
function validateScenario(data, locate, source) {
  const parsed = safeParse(ScenarioSchema, data);
  const problems = parsed.success ? checkScenarioReferences(parsed.output) : parsed.issues.map((issue) => ({ path: issueKeys(issue), message: issueMessage(issue) }));
  if (problems.length === 0 && parsed.success) return parsed.output;
  const issues = problems.map(({ path, message }) => ({
    path: formatFieldPath(path),
    message,
    ...locate?.(path)
  }));
  throw new ScenarioError(issues, source);
}
function issueMessage(issue) {
  if (issue.kind === "schema" && issue.type === "strict_object" && issue.expected === "never") {
    return "is not a known field";
  }
  if (issue.received === "undefined" && issue.kind === "schema") return "is required";
  return issue.message;
}

// src/emulator/scenario/parse-scenario-text.ts
function parseScenarioText(text, source) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new ScenarioError(
      document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return {
          path: "",
          message: error.message.split("\n")[0] ?? error.code,
          line: position.line,
          column: position.col
        };
      }),
      source
    );
  }
  const locate = (path) => {
    const node = nearestNode(document.contents, path);
    if (!node?.range) return void 0;
    const position = lineCounter.linePos(node.range[0]);
    return { line: position.line, column: position.col };
  };
  return validateScenario(document.toJS(), locate, source);
}
function nearestNode(root, path) {
  let node = root;
  for (const key of path) {
    let child;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find(
        (item) => (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(key)
      );
      child = pair?.value ?? pair?.key;
    } else if ((0, import_yaml.isSeq)(node) && typeof key === "number") {
      child = node.items[key];
    }
    if (!child || typeof child !== "object") return node;
    node = child;
  }
  return node;
}

// src/emulator/ui/ui-base.ts
var UI_BASE = "/-/emulator/ui";

// node_modules/@hono/node-server/dist/constants-BLSFu_RU.mjs
var X_ALREADY_SENT = "x-hono-already-sent";

// node_modules/@hono/node-server/dist/index.mjs
import { STATUS_CODES, ServerResponse, createServer } from "node:http";
import { Http2ServerRequest, constants } from "node:http2";
import { Readable } from "node:stream";

// node_modules/hono/dist/helper/websocket/index.js
var defineWebSocketHelper = (handler) => {
  return ((...args) => {
    if (typeof args[0] === "function") {
      const [createEvents, options] = args;
      return async function upgradeWebSocket2(c, next) {
        const result = await handler(c, await createEvents(c), options);
        if (result) return result;
        await next();
      };
    } else {
      const [c, events, options] = args;
      return (async () => {
        const upgraded = await handler(c, events, options);
        if (!upgraded) throw new Error("Failed to upgrade WebSocket");
        return upgraded;
      })();
    }
  });
};

// node_modules/@hono/node-server/dist/index.mjs
var RequestError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "RequestError";
  }
};
var nonJoinedHeaders = /* @__PURE__ */ new Set([
  "age",
  "authorization",
  "content-length",
  "content-type",
  "etag",
  "expires",
  "from",
  "host",
  "if-modified-since",
  "if-unmodified-since",
  "last-modified",
  "location",
  "max-forwards",
  "proxy-authorization",
  "referer",
  "retry-after",
  "server",
  "user-agent"
]);
var validHeaderName = /^[!#$%&'*+\-.^_`|~\dA-Za-z]+$/;
var isHttpWhitespace = (code) => code === 9 || code === 10 || code === 13 || code === 32;
var normalizeHeaderValue = (value) => {
  if (!isHttpWhitespace(value.charCodeAt(0)) && !isHttpWhitespace(value.charCodeAt(value.length - 1))) return value;
  let start = 0;
  let end = value.length;
  while (start < end && isHttpWhitespace(value.charCodeAt(start))) start++;
  while (end > start && isHttpWhitespace(value.charCodeAt(end - 1))) end--;
  return value.slice(start, end);
};
var forbiddenHeaderValue = /[\0\r\n]/;
var GlobalHeaders = globalThis.Headers;
var materializeHeaders = (rawHeaders, HeadersCtor = GlobalHeaders) => {
  const headers = new HeadersCtor();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i];
    if (!name.startsWith(":")) headers.append(name, rawHeaders[i + 1]);
  }
  return headers;
};
var RequestHeaders = class {
  #incoming;
  #rawHeaders;
  #headers;
  #invalidValue;
  constructor(incoming) {
    this.#incoming = incoming;
    if (incoming instanceof Http2ServerRequest) this.#rawHeaders = incoming.rawHeaders.slice();
  }
  get #lazyRawHeaders() {
    return this.#rawHeaders ??= this.#incoming.rawHeaders.slice();
  }
  get #native() {
    if (!this.#headers) {
      this.#headers = materializeHeaders(this.#lazyRawHeaders);
      this.#rawHeaders = void 0;
    }
    return this.#headers;
  }
  #normalizedName(name) {
    if (typeof name !== "string") return;
    if (!validHeaderName.test(name)) throw new TypeError(`Invalid header name: ${name}`);
    return name.toLowerCase();
  }
  #lookupHttp1(lowerName) {
    const headers = this.#incoming instanceof Http2ServerRequest ? void 0 : this.#incoming.headers;
    if (!headers || nonJoinedHeaders.has(lowerName) || lowerName === "set-cookie" || lowerName === "__proto__") return;
    if (!Object.hasOwn(headers, lowerName)) return null;
    const rawValue = headers[lowerName];
    if (typeof rawValue === "string") {
      const value = normalizeHeaderValue(rawValue);
      return forbiddenHeaderValue.test(value) ? void 0 : value;
    }
  }
  #lookup(rawHeaders, lowerName) {
    const separator = lowerName === "cookie" ? "; " : ", ";
    let value = null;
    for (let i = 0; i < rawHeaders.length; i += 2) {
      const rawName = rawHeaders[i];
      if (rawName.length === lowerName.length && rawName.toLowerCase() === lowerName) {
        const rawValue = normalizeHeaderValue(rawHeaders[i + 1]);
        if (forbiddenHeaderValue.test(rawValue)) {
          this.#invalidValue = true;
          return;
        }
        value = value === null ? rawValue : value + separator + rawValue;
      }
    }
    return value;
  }
  append(name, value) {
    this.#native.append(name, value);
  }
  delete(name) {
    this.#native.delete(name);
  }
  get(name) {
    const lowerName = this.#normalizedName(name);
    if (lowerName && !this.#headers && !this.#invalidValue) {
      const http1Value = this.#lookupHttp1(lowerName);
      if (http1Value !== void 0) return http1Value;
      const value = this.#lookup(this.#lazyRawHeaders, lowerName);
      if (value !== void 0) return value;
    }
    return this.#native.get(name);
  }
  has(name) {
    const lowerName = this.#normalizedName(name);
    if (lowerName && !this.#headers && !this.#invalidValue) {
      const http1Value = this.#lookupHttp1(lowerName);
      if (http1Value !== void 0) return http1Value !== null;
      const value = this.#lookup(this.#lazyRawHeaders, lowerName);
      if (value !== void 0) return value !== null;
    }
    return this.#native.has(name);
  }
  set(name, value) {
    this.#native.set(name, value);
  }
  getSetCookie() {
    return this.#native.getSetCookie();
  }
  keys() {
    return this.#native.keys();
  }
  values() {
    return this.#native.values();
  }
  entries() {
    return this.#native.entries();
  }
  forEach(callback, thisArg) {
    this.#native.forEach((value, key) => {
      callback.call(thisArg, value, key, this);
    });
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};
Object.defineProperty(RequestHeaders.prototype, /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom"), { value: function(depth, options, inspectFn) {
  return `Headers (lightweight) ${inspectFn(Object.fromEntries(this), {
    ...options,
    depth: depth == null ? null : depth - 1
  })}`;
} });
Object.setPrototypeOf(RequestHeaders.prototype, GlobalHeaders.prototype);
var newHeadersFromIncoming = (incoming) => globalThis.Headers === GlobalHeaders ? new RequestHeaders(incoming) : materializeHeaders(incoming.rawHeaders, globalThis.Headers);
var reValidRequestUrl = /^\/[!#$&-;=?-\[\]_a-z~]*$/;
var reDotSegment = /\/\.\.?(?:[/?#]|$)/;
var reValidHost = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;
var validateRequestTarget = (target) => {
  const backslash = target.indexOf("\\");
  if (backslash !== -1) {
    const query = target.indexOf("?");
    if (query === -1 || backslash < query) throw new RequestError("Backslash in request path");
  }
};
var buildUrl = (scheme, host, incomingUrl) => {
  const url = `${scheme}://${host}${incomingUrl}`;
  if (!reValidHost.test(host)) {
    validateRequestTarget(incomingUrl);
    const urlObj = new URL(url);
    if (urlObj.hostname.length !== host.length && urlObj.hostname !== (host.includes(":") ? host.replace(/:\d+$/, "") : host).toLowerCase()) throw new RequestError("Invalid host header");
    return urlObj.href;
  } else if (incomingUrl.length === 0) return url + "/";
  else {
    if (incomingUrl.charCodeAt(0) !== 47) throw new RequestError("Invalid URL");
    if (!reValidRequestUrl.test(incomingUrl) || reDotSegment.test(incomingUrl)) {
      validateRequestTarget(incomingUrl);
      return new URL(url).href;
    }
    return url;
  }
};
var toRequestError = (e) => {
  if (e instanceof RequestError) return e;
  return new RequestError(e.message, { cause: e });
};
var GlobalRequest = global.Request;
var Request$1 = class extends GlobalRequest {
  constructor(input, options) {
    if (typeof input === "object" && getRequestCache in input) {
      const hasReplacementBody = options !== void 0 && "body" in options && options.body != null;
      if (input[bodyConsumedDirectlyKey] && !hasReplacementBody) throw new TypeError("Cannot construct a Request with a Request object that has already been used.");
      input = input[getRequestCache]();
    }
    if (typeof options?.body?.getReader !== "undefined") options.duplex ??= "half";
    super(input, options);
  }
};
var wrapBodyStream = /* @__PURE__ */ Symbol("wrapBodyStream");
var byteExactEncodings = /* @__PURE__ */ new Set([
  "latin1",
  "binary",
  "hex",
  "base64",
  "base64url"
]);
var isByteExactEncoding = (encoding) => encoding === null || byteExactEncodings.has(encoding);
var bodyBufferedBeforeDisconnectKey = /* @__PURE__ */ Symbol("bodyBufferedBeforeDisconnect");
var bodyBufferedLengthBeforeDisconnectKey = /* @__PURE__ */ Symbol("bodyBufferedLengthBeforeDisconnect");
var toBufferChunk = (chunk, encoding) => Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding ?? "utf8");
var isRecoverableDisconnectedIncoming = (incoming) => !(incoming instanceof Http2ServerRequest) && !!incoming.complete && !!incoming.readableAborted && typeof incoming.read === "function" && isByteExactEncoding(incoming.readableEncoding);
var recordBodyBufferedBeforeDisconnect = (incoming) => {
  if (incoming.readableDidRead || !isRecoverableDisconnectedIncoming(incoming)) return;
  const incomingWithRecovery = incoming;
  incomingWithRecovery[bodyBufferedLengthBeforeDisconnectKey] ??= incoming.readableLength;
};
var readBodyBufferedBeforeDisconnect = (incoming, chunks) => {
  if (incoming.readableDidRead && !chunks || !isRecoverableDisconnectedIncoming(incoming)) return;
  const incomingWithRecovery = incoming;
  if (incomingWithRecovery[bodyBufferedBeforeDisconnectKey] !== void 0) return incomingWithRecovery[bodyBufferedBeforeDisconnectKey];
  let result;
  const errored = incoming.errored;
  if (errored && errored.code !== "ECONNRESET") result = errored;
  else if (incomingWithRecovery[bodyBufferedLengthBeforeDisconnectKey] !== void 0 && incoming.readableLength !== incomingWithRecovery[bodyBufferedLengthBeforeDisconnectKey]) result = newBodyUnusableError();
  else {
    const bodyChunks = chunks ?? [];
    const chunk = incoming.read();
    if (chunk !== null) bodyChunks.push(toBufferChunk(chunk, incoming.readableEncoding));
    const buffer = bodyChunks.length === 1 ? bodyChunks[0] : Buffer.concat(bodyChunks);
    result = buffer;
    const contentLength = incoming.headers["content-length"];
    if (typeof contentLength === "string" && /^\d+$/.test(contentLength)) {
      const expectedLength = Number(contentLength);
      if (Number.isSafeInteger(expectedLength) && buffer.length !== expectedLength) result = newBodyUnusableError();
    }
  }
  incomingWithRecovery[bodyBufferedBeforeDisconnectKey] = result;
  return result;
};
var enqueueBufferedBody = (controller, buffered) => {
  if (buffered instanceof Error) {
    controller.error(buffered);
    return;
  }
  if (buffered.length > 0) controller.enqueue(buffered);
  controller.close();
};
var newRequestFromIncoming = (method, url, headers, incoming, abortController) => {
  const init = {
    method,
    headers,
    signal: abortController.signal
  };
  if (method === "TRACE") {
    init.method = "GET";
    const req = new Request$1(url, init);
    Object.defineProperty(req, "method", { get() {
      return "TRACE";
    } });
    return req;
  }
  if (!(method === "GET" || method === "HEAD")) if ("rawBody" in incoming && incoming.rawBody instanceof Buffer) init.body = new ReadableStream({ start(controller) {
    controller.enqueue(incoming.rawBody);
    controller.close();
  } });
  else if (incoming[wrapBodyStream]) {
    let reader;
    init.body = new ReadableStream({ async pull(controller) {
      try {
        if (!reader) {
          const buffered = readBodyBufferedBeforeDisconnect(incoming);
          if (buffered !== void 0) {
            enqueueBufferedBody(controller, buffered);
            return;
          }
        }
        reader ||= Readable.toWeb(incoming).getReader();
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    } });
  } else {
    const buffered = readBodyBufferedBeforeDisconnect(incoming);
    if (buffered !== void 0) init.body = new ReadableStream({ start(controller) {
      enqueueBufferedBody(controller, buffered);
    } });
    else init.body = Readable.toWeb(incoming);
  }
  return new Request$1(url, init);
};
var getRequestCache = /* @__PURE__ */ Symbol("getRequestCache");
var requestCache = /* @__PURE__ */ Symbol("requestCache");
var incomingKey = /* @__PURE__ */ Symbol("incomingKey");
var urlKey = /* @__PURE__ */ Symbol("urlKey");
var methodKey = /* @__PURE__ */ Symbol("methodKey");
var headersKey = /* @__PURE__ */ Symbol("headersKey");
var abortControllerKey = /* @__PURE__ */ Symbol("abortControllerKey");
var getAbortController = /* @__PURE__ */ Symbol("getAbortController");
var abortRequest = /* @__PURE__ */ Symbol("abortRequest");
var bodyBufferKey = /* @__PURE__ */ Symbol("bodyBuffer");
var bodyReadPromiseKey = /* @__PURE__ */ Symbol("bodyReadPromise");
var bodyConsumedDirectlyKey = /* @__PURE__ */ Symbol("bodyConsumedDirectly");
var bodyLockReaderKey = /* @__PURE__ */ Symbol("bodyLockReader");
var abortReasonKey = /* @__PURE__ */ Symbol("abortReason");
var newBodyUnusableError = () => {
  return /* @__PURE__ */ new TypeError("Body is unusable");
};
var rejectBodyUnusable = () => {
  return Promise.reject(newBodyUnusableError());
};
var textDecoder = new TextDecoder();
var consumeBodyDirectOnce = (request) => {
  if (request[bodyConsumedDirectlyKey]) return rejectBodyUnusable();
  request[bodyConsumedDirectlyKey] = true;
};
var toArrayBuffer = (buf) => {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
};
var contentType = (request) => {
  return (request[headersKey] ||= newHeadersFromIncoming(request[incomingKey])).get("content-type") || "";
};
var methodTokenRegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var normalizeIncomingMethod = (method) => {
  if (typeof method !== "string" || method.length === 0) return "GET";
  switch (method) {
    case "DELETE":
    case "GET":
    case "HEAD":
    case "OPTIONS":
    case "PATCH":
    case "POST":
    case "PUT":
    case "QUERY":
      return method;
  }
  const upper = method.toUpperCase();
  switch (upper) {
    case "DELETE":
    case "GET":
    case "HEAD":
    case "OPTIONS":
    case "POST":
    case "PUT":
      return upper;
    default:
      return method;
  }
};
var validateDirectReadMethod = (method) => {
  if (!methodTokenRegExp.test(method)) return /* @__PURE__ */ new TypeError(`'${method}' is not a valid HTTP method.`);
  const normalized = method.toUpperCase();
  if (normalized === "CONNECT" || normalized === "TRACK" || normalized === "TRACE" && method !== "TRACE") return /* @__PURE__ */ new TypeError(`'${method}' HTTP method is unsupported.`);
};
var readBodyWithFastPath = (request, method, fromBuffer) => {
  if (request[bodyConsumedDirectlyKey]) return rejectBodyUnusable();
  const methodName = request.method;
  if (methodName === "GET" || methodName === "HEAD") return request[getRequestCache]()[method]();
  const methodValidationError = validateDirectReadMethod(methodName);
  if (methodValidationError) return Promise.reject(methodValidationError);
  if (request[requestCache]) {
    if (methodName !== "TRACE") return request[requestCache][method]();
  }
  const alreadyUsedError = consumeBodyDirectOnce(request);
  if (alreadyUsedError) return alreadyUsedError;
  const raw2 = readRawBodyIfAvailable(request);
  if (raw2) {
    const result = Promise.resolve(fromBuffer(raw2, request));
    request[bodyBufferKey] = void 0;
    return result;
  }
  return readBodyDirect(request).then((buf) => {
    const result = fromBuffer(buf, request);
    request[bodyBufferKey] = void 0;
    return result;
  });
};
var readRawBodyIfAvailable = (request) => {
  const incoming = request[incomingKey];
  if ("rawBody" in incoming && incoming.rawBody instanceof Buffer) return incoming.rawBody;
};
var normalizeAbortError = (request, incoming) => {
  if (incoming.errored) return incoming.errored;
  const reason = request[abortReasonKey];
  if (reason !== void 0) return reason instanceof Error ? reason : new Error(String(reason));
  return /* @__PURE__ */ new Error("Client connection prematurely closed.");
};
var readBodyDirect = (request) => {
  if (request[bodyBufferKey]) return Promise.resolve(request[bodyBufferKey]);
  if (request[bodyReadPromiseKey]) return request[bodyReadPromiseKey];
  const incoming = request[incomingKey];
  if (incoming.readableDidRead) return rejectBodyUnusable();
  const buffered = readBodyBufferedBeforeDisconnect(incoming);
  if (buffered !== void 0) {
    if (buffered instanceof Error) return Promise.reject(buffered);
    request[bodyBufferKey] = buffered;
    return Promise.resolve(buffered);
  }
  const promise = new Promise((resolve, reject) => {
    const chunks = [];
    let settled = false;
    const finish = (callback) => {
      if (settled) return;
      settled = true;
      cleanup();
      callback();
    };
    const recoverCompleteBodyAfterDisconnect = (error) => {
      const streamError = incoming.errored ?? error;
      if (!isRecoverableDisconnectedIncoming(incoming) || streamError && streamError.code !== "ECONNRESET") return false;
      finish(() => {
        const recovered = readBodyBufferedBeforeDisconnect(incoming, chunks);
        if (recovered instanceof Error) reject(recovered);
        else if (recovered === void 0) reject(error ?? normalizeAbortError(request, incoming));
        else {
          request[bodyBufferKey] = recovered;
          resolve(recovered);
        }
      });
      return true;
    };
    const onData = (chunk) => {
      chunks.push(toBufferChunk(chunk, incoming.readableEncoding));
    };
    const onEnd = () => {
      finish(() => {
        const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        request[bodyBufferKey] = buffer;
        resolve(buffer);
      });
    };
    const onError = (error) => {
      if (recoverCompleteBodyAfterDisconnect(error)) return;
      finish(() => {
        reject(error);
      });
    };
    const onClose = () => {
      if (incoming.readableEnded) {
        onEnd();
        return;
      }
      if (recoverCompleteBodyAfterDisconnect()) return;
      finish(() => {
        reject(normalizeAbortError(request, incoming));
      });
    };
    const cleanup = () => {
      incoming.off("data", onData);
      incoming.off("end", onEnd);
      incoming.off("error", onError);
      incoming.off("close", onClose);
      request[bodyReadPromiseKey] = void 0;
    };
    incoming.on("data", onData);
    incoming.on("end", onEnd);
    incoming.on("error", onError);
    incoming.on("close", onClose);
    queueMicrotask(() => {
      if (settled) return;
      if (incoming.readableEnded) onEnd();
      else if (incoming.errored) onError(incoming.errored);
      else if (incoming.destroyed) onClose();
    });
  });
  request[bodyReadPromiseKey] = promise;
  return promise;
};
var requestPrototype = {
  get method() {
    return this[methodKey];
  },
  get url() {
    return this[urlKey];
  },
  get headers() {
    return this[headersKey] ||= newHeadersFromIncoming(this[incomingKey]);
  },
  [abortRequest](reason) {
    if (this[abortReasonKey] === void 0) this[abortReasonKey] = reason;
    const abortController = this[abortControllerKey];
    if (abortController && !abortController.signal.aborted) abortController.abort(reason);
  },
  [getAbortController]() {
    this[abortControllerKey] ||= new AbortController();
    if (this[abortReasonKey] !== void 0 && !this[abortControllerKey].signal.aborted) this[abortControllerKey].abort(this[abortReasonKey]);
    return this[abortControllerKey];
  },
  [getRequestCache]() {
    const abortController = this[getAbortController]();
    if (this[requestCache]) return this[requestCache];
    const method = this.method;
    if (this[bodyConsumedDirectlyKey] && !(method === "GET" || method === "HEAD")) {
      this[bodyBufferKey] = void 0;
      const init = {
        method: method === "TRACE" ? "GET" : method,
        headers: this.headers,
        signal: abortController.signal
      };
      if (method !== "TRACE") {
        init.body = new ReadableStream({ start(c) {
          c.close();
        } });
        init.duplex = "half";
      }
      const req = new Request$1(this[urlKey], init);
      if (method === "TRACE") Object.defineProperty(req, "method", { get() {
        return "TRACE";
      } });
      return this[requestCache] = req;
    }
    return this[requestCache] = newRequestFromIncoming(this.method, this[urlKey], this.headers, this[incomingKey], abortController);
  },
  get body() {
    if (!this[bodyConsumedDirectlyKey]) return this[getRequestCache]().body;
    const request = this[getRequestCache]();
    if (!this[bodyLockReaderKey] && request.body) this[bodyLockReaderKey] = request.body.getReader();
    return request.body;
  },
  get bodyUsed() {
    if (this[bodyConsumedDirectlyKey]) return true;
    if (this[requestCache]) return this[requestCache].bodyUsed;
    return false;
  }
};
Object.defineProperty(requestPrototype, "signal", { get() {
  return this[getAbortController]().signal;
} });
[
  "cache",
  "credentials",
  "destination",
  "duplex",
  "integrity",
  "mode",
  "redirect",
  "referrer",
  "referrerPolicy",
  "keepalive"
].forEach((k) => {
  Object.defineProperty(requestPrototype, k, { get() {
    return this[getRequestCache]()[k];
  } });
});
["clone", "formData"].forEach((k) => {
  Object.defineProperty(requestPrototype, k, { value: function() {
    if (this[bodyConsumedDirectlyKey]) {
      if (k === "clone") throw newBodyUnusableError();
      return rejectBodyUnusable();
    }
    return this[getRequestCache]()[k]();
  } });
});
Object.defineProperty(requestPrototype, "text", { value: function() {
  return readBodyWithFastPath(this, "text", (buf) => textDecoder.decode(buf));
} });
Object.defineProperty(requestPrototype, "arrayBuffer", { value: function() {
  return readBodyWithFastPath(this, "arrayBuffer", (buf) => toArrayBuffer(buf));
} });
Object.defineProperty(requestPrototype, "blob", { value: function() {
  return readBodyWithFastPath(this, "blob", (buf, request) => {
    const type = contentType(request);
    const init = type ? { headers: { "content-type": type } } : void 0;
    return new Response(buf, init).blob();
  });
} });
Object.defineProperty(requestPrototype, "json", { value: function() {
  if (this[bodyConsumedDirectlyKey]) return rejectBodyUnusable();
  return this.text().then(JSON.parse);
} });
Object.defineProperty(requestPrototype, /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom"), { value: function(depth, options, inspectFn) {
  return `Request (lightweight) ${inspectFn({
    method: this.method,
    url: this.url,
    headers: this.headers,
    nativeRequest: this[requestCache]
  }, {
    ...options,
    depth: depth == null ? null : depth - 1
  })}`;
} });
Object.setPrototypeOf(requestPrototype, Request$1.prototype);
var newRequest = (incoming, defaultHostname) => {
  const req = Object.create(requestPrototype);
  req[incomingKey] = incoming;
  req[methodKey] = normalizeIncomingMethod(incoming.method);
  const incomingUrl = incoming.url || "";
  if (incomingUrl[0] !== "/" && (incomingUrl.startsWith("http://") || incomingUrl.startsWith("https://"))) {
    if (incoming instanceof Http2ServerRequest) throw new RequestError("Absolute URL for :path is not allowed in HTTP/2");
    try {
      validateRequestTarget(incomingUrl);
      req[urlKey] = new URL(incomingUrl).href;
    } catch (e) {
      throw new RequestError("Invalid absolute URL", { cause: e });
    }
    return req;
  }
  const host = (incoming instanceof Http2ServerRequest ? incoming.authority : incoming.headers.host) || defaultHostname;
  if (!host) throw new RequestError("Missing host header");
  let scheme;
  if (incoming instanceof Http2ServerRequest) {
    scheme = incoming.scheme;
    if (!(scheme === "http" || scheme === "https")) throw new RequestError("Unsupported scheme");
  } else scheme = incoming.socket && incoming.socket.encrypted ? "https" : "http";
  try {
    req[urlKey] = buildUrl(scheme, host, incomingUrl);
  } catch (e) {
    if (e instanceof RequestError) throw e;
    else throw new RequestError("Invalid URL", { cause: e });
  }
  return req;
};
var defaultContentType = "text/plain; charset=UTF-8";
var responseCache = /* @__PURE__ */ Symbol("responseCache");
var getResponseCache = /* @__PURE__ */ Symbol("getResponseCache");
var cacheKey = /* @__PURE__ */ Symbol("cache");
var GlobalResponse = global.Response;
var Response$1 = class Response$12 {
  #body;
  #init;
  [getResponseCache]() {
    const cache = this[cacheKey];
    const liveHeaders = cache && cache[2] instanceof Headers ? cache[2] : void 0;
    delete this[cacheKey];
    return this[responseCache] ||= new GlobalResponse(this.#body, liveHeaders ? {
      status: this.#init?.status,
      statusText: this.#init?.statusText,
      headers: liveHeaders
    } : this.#init);
  }
  constructor(body, init) {
    let headers;
    this.#body = body;
    if (init instanceof GlobalResponse) {
      const cachedGlobalResponse = init[responseCache];
      if (cachedGlobalResponse) {
        this.#init = cachedGlobalResponse;
        this[getResponseCache]();
        return;
      }
      this.#init = init instanceof Response$12 ? init.#init : init;
      headers = new Headers(init.headers);
    } else this.#init = init;
    if (body == null || typeof body === "string" || typeof body?.getReader !== "undefined" || body instanceof Blob || body instanceof Uint8Array) this[cacheKey] = [
      init?.status || 200,
      body ?? null,
      headers || init?.headers
    ];
  }
  get headers() {
    const cache = this[cacheKey];
    if (cache) {
      if (!(cache[2] instanceof Headers)) cache[2] = new Headers(cache[2] || (cache[1] === null ? void 0 : { "content-type": defaultContentType }));
      return cache[2];
    }
    return this[getResponseCache]().headers;
  }
  get status() {
    return this[cacheKey]?.[0] ?? this[getResponseCache]().status;
  }
  get ok() {
    const status = this.status;
    return status >= 200 && status < 300;
  }
};
[
  "body",
  "bodyUsed",
  "redirected",
  "statusText",
  "trailers",
  "type",
  "url"
].forEach((k) => {
  Object.defineProperty(Response$1.prototype, k, { get() {
    return this[getResponseCache]()[k];
  } });
});
[
  "arrayBuffer",
  "blob",
  "clone",
  "formData",
  "json",
  "text"
].forEach((k) => {
  Object.defineProperty(Response$1.prototype, k, { value: function() {
    return this[getResponseCache]()[k]();
  } });
});
Object.defineProperty(Response$1.prototype, /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom"), { value: function(depth, options, inspectFn) {
  return `Response (lightweight) ${inspectFn({
    status: this.status,
    headers: this.headers,
    ok: this.ok,
    nativeResponse: this[responseCache]
  }, {
    ...options,
    depth: depth == null ? null : depth - 1
  })}`;
} });
Object.setPrototypeOf(Response$1, GlobalResponse);
Object.setPrototypeOf(Response$1.prototype, GlobalResponse.prototype);
var validRedirectUrl = /^https?:\/\/[!#-;=?-[\]_a-z~A-Z]+$/;
var parseRedirectUrl = (url) => {
  if (url instanceof URL) return url.href;
  if (validRedirectUrl.test(url)) return url;
  return new URL(url).href;
};
var validRedirectStatuses = /* @__PURE__ */ new Set([
  301,
  302,
  303,
  307,
  308
]);
Object.defineProperty(Response$1, "redirect", {
  value: function redirect(url, status = 302) {
    if (!validRedirectStatuses.has(status)) throw new RangeError("Invalid status code");
    return new Response$1(null, {
      status,
      headers: { location: parseRedirectUrl(url) }
    });
  },
  writable: true,
  configurable: true
});
Object.defineProperty(Response$1, "json", {
  value: function json(data, init) {
    const body = JSON.stringify(data);
    if (body === void 0) throw new TypeError("The data is not JSON serializable");
    const initHeaders = init?.headers;
    let headers;
    if (initHeaders) {
      headers = new Headers(initHeaders);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
    } else headers = { "content-type": "application/json" };
    return new Response$1(body, {
      status: init?.status ?? 200,
      statusText: init?.statusText,
      headers
    });
  },
  writable: true,
  configurable: true
});
async function readWithoutBlocking(readPromise) {
  return Promise.race([readPromise, Promise.resolve().then(() => Promise.resolve(void 0))]);
}
function writeFromReadableStreamDefaultReader(reader, writable, currentReadPromise) {
  const cancel = (error) => {
    reader.cancel(error).catch(() => {
    });
  };
  const stream2 = writable.stream;
  if (writable.destroyed || stream2?.closed || stream2?.destroyed) {
    cancel();
    return reader.closed;
  }
  writable.on("close", cancel);
  writable.on("error", cancel);
  (currentReadPromise ?? reader.read()).then(flow, handleStreamError);
  return reader.closed.finally(() => {
    writable.off("close", cancel);
    writable.off("error", cancel);
  });
  function handleStreamError(error) {
    if (error) writable.destroy(error);
  }
  function onDrain() {
    reader.read().then(flow, handleStreamError);
  }
  function flow({ done, value }) {
    try {
      if (done) writable.end();
      else if (!writable.write(value)) writable.once("drain", onDrain);
      else reader.read().then(flow, handleStreamError);
    } catch (e) {
      handleStreamError(e);
    }
  }
}
function writeFromReadableStream(stream2, writable) {
  if (stream2.locked) throw new TypeError("ReadableStream is locked.");
  else if (writable.destroyed) {
    stream2.cancel().catch(() => {
    });
    return;
  }
  return writeFromReadableStreamDefaultReader(stream2.getReader(), writable);
}
var buildOutgoingHttpHeaders = (headers, defaultContentType2) => {
  const res = {};
  if (!(headers instanceof Headers)) headers = new Headers(headers ?? void 0);
  if (headers.has("set-cookie")) {
    const cookies = [];
    for (const [k, v] of headers) if (k === "set-cookie") cookies.push(v);
    else res[k] = v;
    if (cookies.length > 0) res["set-cookie"] = cookies;
  } else for (const [k, v] of headers) res[k] = v;
  if (defaultContentType2) res["content-type"] ??= defaultContentType2;
  return res;
};
var outgoingEnded = /* @__PURE__ */ Symbol("outgoingEnded");
var incomingDraining = /* @__PURE__ */ Symbol("incomingDraining");
var DRAIN_TIMEOUT_MS = 500;
var MAX_DRAIN_BYTES = 64 * 1024 * 1024;
var drainIncoming = (incoming) => {
  const incomingWithDrainState = incoming;
  if (incoming.destroyed || incomingWithDrainState[incomingDraining]) return;
  incomingWithDrainState[incomingDraining] = true;
  if (incoming instanceof Http2ServerRequest) {
    try {
      incoming.stream?.close?.(constants.NGHTTP2_NO_ERROR);
    } catch {
    }
    return;
  }
  let bytesRead = 0;
  const cleanup = () => {
    clearTimeout(timer);
    incoming.off("data", onData);
    incoming.off("end", cleanup);
    incoming.off("error", cleanup);
  };
  const forceClose = () => {
    cleanup();
    const socket = incoming.socket;
    if (socket && !socket.destroyed) {
      if (typeof socket.destroySoon === "function") socket.destroySoon();
      else if (typeof socket.destroy === "function") socket.destroy();
    }
  };
  const timer = setTimeout(forceClose, DRAIN_TIMEOUT_MS);
  timer.unref?.();
  const onData = (chunk) => {
    bytesRead += chunk.length;
    if (bytesRead > MAX_DRAIN_BYTES) forceClose();
  };
  incoming.on("data", onData);
  incoming.on("end", cleanup);
  incoming.on("error", cleanup);
  incoming.resume();
};
var makeCloseHandler = (req, incoming, outgoing, needsBodyCleanup) => () => {
  if (incoming.errored) {
    recordBodyBufferedBeforeDisconnect(incoming);
    req[abortRequest](incoming.errored.toString());
  } else if (!outgoing.writableFinished || incoming instanceof Http2ServerRequest && incoming.aborted) {
    recordBodyBufferedBeforeDisconnect(incoming);
    req[abortRequest]("Client connection prematurely closed.");
  }
  if (needsBodyCleanup && !incoming.readableEnded) setTimeout(() => {
    if (!incoming.readableEnded) setTimeout(() => {
      drainIncoming(incoming);
    });
  });
};
var isImmediateCacheableResponse = (res) => {
  if (!(cacheKey in res)) return false;
  const body = res[cacheKey][1];
  return body === null || typeof body === "string" || body instanceof Uint8Array;
};
var handleRequestError = () => new Response(null, { status: 400 });
var handleFetchError = (e) => new Response(null, { status: e instanceof Error && (e.name === "TimeoutError" || e.constructor.name === "TimeoutError") ? 504 : 500 });
var handleResponseError = (e, outgoing) => {
  const err2 = e instanceof Error ? e : new Error("unknown error", { cause: e });
  if (err2.code === "ERR_STREAM_PREMATURE_CLOSE") console.info("The user aborted a request.");
  else {
    console.error(e);
    if (!outgoing.headersSent) {
      if (outgoing instanceof ServerResponse) outgoing._contentLength = null;
      outgoing.writeHead(500, { "Content-Type": "text/plain" });
    }
    outgoing.end(`Error: ${err2.message}`);
    outgoing.destroy(err2);
  }
};
var flushHeaders = (outgoing) => {
  if ("flushHeaders" in outgoing && outgoing.writable) outgoing.flushHeaders();
};
var trySetContentLength = (outgoing, status, length) => {
  const http1 = outgoing;
  if (http1._contentLength === null && http1._hasBody && http1.useChunkedEncodingByDefault && !http1._removedContLen && status >= 200 && status !== 204 && status !== 304 && !outgoing.hasHeader("content-length") && !outgoing.hasHeader("transfer-encoding") && !outgoing.hasHeader("trailer")) {
    http1._contentLength = length;
    return true;
  }
  return false;
};
var writeDefaultHeaders = (outgoing, status, length) => {
  if (trySetContentLength(outgoing, status, length)) outgoing.writeHead(status, { "Content-Type": defaultContentType });
  else outgoing.writeHead(status, {
    "Content-Type": defaultContentType,
    "Content-Length": length
  });
};
var responseViaCache = async (res, outgoing) => {
  let [status, body, header] = res[cacheKey];
  if (!header) {
    if (body === null) {
      outgoing.writeHead(status);
      outgoing.end();
    } else if (typeof body === "string") {
      writeDefaultHeaders(outgoing, status, Buffer.byteLength(body));
      outgoing.end(body);
    } else if (body instanceof Uint8Array) {
      writeDefaultHeaders(outgoing, status, body.byteLength);
      outgoing.end(body);
    } else if (body instanceof Blob) {
      writeDefaultHeaders(outgoing, status, body.size);
      outgoing.end(new Uint8Array(await body.arrayBuffer()));
    } else {
      outgoing.writeHead(status, { "Content-Type": defaultContentType });
      flushHeaders(outgoing);
      await writeFromReadableStream(body, outgoing)?.catch((e) => handleResponseError(e, outgoing));
    }
    outgoing[outgoingEnded]?.();
    return;
  }
  let hasContentLength = false;
  let plainHeaders = false;
  let canAutoLength = true;
  if (header instanceof Headers) {
    hasContentLength = header.has("content-length");
    header = buildOutgoingHttpHeaders(header, body === null ? void 0 : defaultContentType);
  } else if (Array.isArray(header)) {
    const headerObj = new Headers(header);
    hasContentLength = headerObj.has("content-length");
    header = buildOutgoingHttpHeaders(headerObj, body === null ? void 0 : defaultContentType);
  } else {
    plainHeaders = true;
    for (const key in header) {
      if (key.length === 14 && key.toLowerCase() === "content-length") {
        hasContentLength = true;
        break;
      }
      if (key.length === 17 && key.toLowerCase() === "transfer-encoding" || key.length === 7 && key.toLowerCase() === "trailer") canAutoLength = false;
    }
  }
  if (!hasContentLength) {
    let length;
    if (typeof body === "string") length = Buffer.byteLength(body);
    else if (body instanceof Uint8Array) length = body.byteLength;
    else if (body instanceof Blob) length = body.size;
    if (length !== void 0 && (!plainHeaders || !canAutoLength || !trySetContentLength(outgoing, status, length))) {
      if (plainHeaders) header = { ...header };
      header["Content-Length"] = length;
    }
  }
  outgoing.writeHead(status, header);
  if (body == null) outgoing.end();
  else if (typeof body === "string" || body instanceof Uint8Array) outgoing.end(body);
  else if (body instanceof Blob) outgoing.end(new Uint8Array(await body.arrayBuffer()));
  else {
    flushHeaders(outgoing);
    await writeFromReadableStream(body, outgoing)?.catch((e) => handleResponseError(e, outgoing));
  }
  outgoing[outgoingEnded]?.();
};
var isPromise = (res) => typeof res.then === "function";
var responseViaResponseObject = async (res, outgoing, options = {}) => {
  if (isPromise(res)) if (options.errorHandler) try {
    res = await res;
  } catch (err2) {
    const errRes = await options.errorHandler(err2);
    if (!errRes) return;
    res = errRes;
  }
  else res = await res.catch(handleFetchError);
  if (cacheKey in res) return responseViaCache(res, outgoing);
  const resHeaderRecord = buildOutgoingHttpHeaders(res.headers, res.body === null ? void 0 : defaultContentType);
  if (res.body) {
    const reader = res.body.getReader();
    const values = [];
    let done = false;
    let currentReadPromise = void 0;
    if (resHeaderRecord["transfer-encoding"] !== "chunked") {
      let maxReadCount = 2;
      for (let i = 0; i < maxReadCount; i++) {
        currentReadPromise ||= reader.read();
        const chunk = await readWithoutBlocking(currentReadPromise);
        if (!chunk) {
          if (i === 1) {
            await new Promise((resolve) => setTimeout(resolve));
            maxReadCount = 3;
            continue;
          }
          break;
        }
        currentReadPromise = void 0;
        if (chunk.value) values.push(chunk.value);
        if (chunk.done) {
          done = true;
          break;
        }
      }
      if (done && !("content-length" in resHeaderRecord)) resHeaderRecord["content-length"] = values.reduce((acc, value) => acc + value.length, 0);
    }
    outgoing.writeHead(res.status, resHeaderRecord);
    values.forEach((value) => {
      outgoing.write(value);
    });
    if (done) outgoing.end();
    else {
      if (values.length === 0) flushHeaders(outgoing);
      await writeFromReadableStreamDefaultReader(reader, outgoing, currentReadPromise);
    }
  } else if (resHeaderRecord[X_ALREADY_SENT]) {
  } else {
    outgoing.writeHead(res.status, resHeaderRecord);
    outgoing.end();
  }
  outgoing[outgoingEnded]?.();
};
var getRequestListener = (fetchCallback, options = {}) => {
  const autoCleanupIncoming = options.autoCleanupIncoming ?? true;
  if (options.overrideGlobalObjects !== false && global.Request !== Request$1) {
    Object.defineProperty(global, "Request", { value: Request$1 });
    Object.defineProperty(global, "Response", { value: Response$1 });
  }
  return async (incoming, outgoing) => {
    let res, req;
    let needsBodyCleanup = false;
    let closeHandlerAttached = false;
    const ensureCloseHandler = () => {
      if (!req || closeHandlerAttached) return;
      closeHandlerAttached = true;
      outgoing.on("close", makeCloseHandler(req, incoming, outgoing, needsBodyCleanup));
    };
    try {
      req = newRequest(incoming, options.hostname);
      needsBodyCleanup = autoCleanupIncoming && !(incoming.method === "GET" || incoming.method === "HEAD");
      if (needsBodyCleanup) {
        incoming[wrapBodyStream] = true;
        if (incoming instanceof Http2ServerRequest) outgoing[outgoingEnded] = () => {
          if (!incoming.readableEnded) setTimeout(() => {
            if (!incoming.readableEnded) setTimeout(() => {
              incoming.destroy();
              outgoing.destroy();
            });
          });
        };
      }
      res = fetchCallback(req, {
        incoming,
        outgoing
      });
      if (!isPromise(res) && isImmediateCacheableResponse(res)) {
        if (needsBodyCleanup && !incoming.readableEnded) outgoing.once("finish", () => {
          if (!incoming.readableEnded) drainIncoming(incoming);
        });
        return responseViaCache(res, outgoing);
      }
      ensureCloseHandler();
    } catch (e) {
      if (!res) if (options.errorHandler) {
        ensureCloseHandler();
        res = await options.errorHandler(req ? e : toRequestError(e));
        if (!res) return;
      } else if (!req) res = handleRequestError();
      else res = handleFetchError(e);
      else return handleResponseError(e, outgoing);
    }
    try {
      return await responseViaResponseObject(res, outgoing, options);
    } catch (e) {
      return handleResponseError(e, outgoing);
    }
  };
};
var CloseEvent = globalThis.CloseEvent ?? class extends Event {
  #eventInitDict;
  constructor(type, eventInitDict = {}) {
    super(type, eventInitDict);
    this.#eventInitDict = eventInitDict;
  }
  get wasClean() {
    return this.#eventInitDict.wasClean ?? false;
  }
  get code() {
    return this.#eventInitDict.code ?? 0;
  }
  get reason() {
    return this.#eventInitDict.reason ?? "";
  }
};
var ErrorEvent = globalThis.ErrorEvent ?? class extends Event {
  #eventInitDict;
  constructor(type, eventInitDict = {}) {
    super(type, eventInitDict);
    this.#eventInitDict = eventInitDict;
  }
  get message() {
    return this.#eventInitDict.message ?? "";
  }
  get filename() {
    return this.#eventInitDict.filename ?? "";
  }
  get lineno() {
    return this.#eventInitDict.lineno ?? 0;
  }
  get colno() {
    return this.#eventInitDict.colno ?? 0;
  }
  get error() {
    return this.#eventInitDict.error ?? null;
  }
};
var generateConnectionSymbol = () => /* @__PURE__ */ Symbol("connection");
var CONNECTION_SYMBOL_KEY = /* @__PURE__ */ Symbol("CONNECTION_SYMBOL_KEY");
var WAIT_FOR_WEBSOCKET_SYMBOL = /* @__PURE__ */ Symbol("WAIT_FOR_WEBSOCKET_SYMBOL");
var responseHeadersToSkip = /* @__PURE__ */ new Set([
  "connection",
  "content-length",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "sec-websocket-accept",
  "sec-websocket-extensions",
  "sec-websocket-protocol"
]);
var appendResponseHeaders = (headers, responseHeaders) => {
  if (!responseHeaders) return;
  responseHeaders.forEach((value, key) => {
    if (responseHeadersToSkip.has(key.toLowerCase())) return;
    headers.push(`${key}: ${value}`);
  });
};
var rejectUpgradeRequest = (socket, status, responseHeaders) => {
  if (socket.destroyed) return;
  const responseLines = ["Connection: close", "Content-Length: 0"];
  appendResponseHeaders(responseLines, responseHeaders);
  socket.end(`HTTP/1.1 ${status.toString()} ${STATUS_CODES[status] ?? ""}\r
${responseLines.join("\r\n")}\r
\r
`);
};
var createUpgradeRequest = (request) => {
  const protocol = request.socket.encrypted ? "https" : "http";
  const incomingUrl = request.url ?? "/";
  let url;
  if (incomingUrl[0] !== "/" && (incomingUrl.startsWith("http://") || incomingUrl.startsWith("https://"))) {
    validateRequestTarget(incomingUrl);
    url = new URL(incomingUrl).href;
  } else url = buildUrl(protocol, request.headers.host ?? "localhost", incomingUrl);
  const headers = new Headers();
  for (const key in request.headers) {
    const value = request.headers[key];
    if (!value) continue;
    headers.append(key, Array.isArray(value) ? value[0] : value);
  }
  return new Request(url, { headers });
};
var setupWebSocket = (options) => {
  const { server, fetchCallback, wss } = options;
  const waiterMap = /* @__PURE__ */ new Map();
  wss.on("connection", (ws, request) => {
    const waiter = waiterMap.get(request);
    if (waiter) {
      waiter.resolve(ws);
      waiterMap.delete(request);
    }
  });
  const rejectWaiter = (request) => {
    const waiter = waiterMap.get(request);
    if (waiter) {
      waiterMap.delete(request);
      waiter.reject(/* @__PURE__ */ new Error("WebSocket handshake aborted"));
    }
  };
  const waitForWebSocket = (request, connectionSymbol) => {
    return new Promise((resolve, reject) => {
      waiterMap.set(request, {
        resolve,
        reject,
        connectionSymbol
      });
    });
  };
  server.on("upgrade", async (request, socket, head) => {
    if (request.headers.upgrade?.toLowerCase() !== "websocket") return;
    const ignoreSocketError = () => {
    };
    const reclaimWaiterOnClose = () => rejectWaiter(request);
    socket.on("error", ignoreSocketError);
    socket.once("close", reclaimWaiterOnClose);
    const env = {
      incoming: request,
      outgoing: void 0,
      wss,
      [WAIT_FOR_WEBSOCKET_SYMBOL]: waitForWebSocket
    };
    let status = 400;
    let responseHeaders;
    try {
      const response = await fetchCallback(createUpgradeRequest(request), env);
      if (response instanceof Response) {
        status = response.status;
        responseHeaders = response.headers;
      }
    } catch (error) {
      if (server.listenerCount("upgrade") === 1) rejectUpgradeRequest(socket, error instanceof RequestError ? 400 : 500);
      return;
    }
    if (socket.destroyed) {
      rejectWaiter(request);
      return;
    }
    const waiter = waiterMap.get(request);
    if (!waiter || waiter.connectionSymbol !== env[CONNECTION_SYMBOL_KEY]) {
      rejectWaiter(request);
      if (server.listenerCount("upgrade") === 1) rejectUpgradeRequest(socket, status, responseHeaders);
      return;
    }
    const addResponseHeaders = (headers) => {
      appendResponseHeaders(headers, responseHeaders);
    };
    wss.on("headers", addResponseHeaders);
    try {
      wss.handleUpgrade(request, socket, head, (ws) => {
        socket.off("close", reclaimWaiterOnClose);
        socket.off("error", ignoreSocketError);
        wss.emit("connection", ws, request);
      });
    } finally {
      wss.off("headers", addResponseHeaders);
    }
  });
  server.on("close", () => {
    wss.close();
  });
};
var upgradeWebSocket = defineWebSocketHelper(async (c, events, options) => {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket") return;
  const env = c.env;
  const waitForWebSocket = env[WAIT_FOR_WEBSOCKET_SYMBOL];
  if (!waitForWebSocket || !env.incoming) return new Response(null, { status: 500 });
  const connectionSymbol = generateConnectionSymbol();
  env[CONNECTION_SYMBOL_KEY] = connectionSymbol;
  (async () => {
    let ws;
    try {
      ws = await waitForWebSocket(env.incoming, connectionSymbol);
    } catch {
      return;
    }
    const messagesReceivedInStarting = [];
    const bufferMessage = (data, isBinary) => {
      messagesReceivedInStarting.push([data, isBinary]);
    };
    ws.on("message", bufferMessage);
    const ctx = {
      binaryType: "arraybuffer",
      close(code, reason) {
        ws.close(code, reason);
      },
      protocol: ws.protocol,
      raw: ws,
      get readyState() {
        return ws.readyState;
      },
      send(source, opts) {
        ws.send(source, { compress: opts?.compress });
      },
      url: new URL(c.req.url)
    };
    try {
      events?.onOpen?.(new Event("open"), ctx);
    } catch (e) {
      (options?.onError ?? console.error)(e);
    }
    const handleMessage = (data, isBinary) => {
      const datas = Array.isArray(data) ? data : [data];
      for (const data2 of datas) try {
        events?.onMessage?.(new MessageEvent("message", { data: isBinary ? data2 instanceof ArrayBuffer ? data2 : data2.buffer.slice(data2.byteOffset, data2.byteOffset + data2.byteLength) : typeof data2 === "string" ? data2 : Buffer.from(data2).toString("utf-8") }), ctx);
      } catch (e) {
        (options?.onError ?? console.error)(e);
      }
    };
    ws.off("message", bufferMessage);
    for (const message of messagesReceivedInStarting) handleMessage(...message);
    ws.on("message", (data, isBinary) => {
      handleMessage(data, isBinary);
    });
    ws.on("close", (code, reason) => {
      try {
        events?.onClose?.(new CloseEvent("close", {
          code,
          reason: reason.toString()
        }), ctx);
      } catch (e) {
        (options?.onError ?? console.error)(e);
      }
    });
    ws.on("error", (error) => {
      try {
        events?.onError?.(new ErrorEvent("error", { error }), ctx);
      } catch (e) {
        (options?.onError ?? console.error)(e);
      }
    });
  })();
  return new Response();
});
var createAdaptorServer = (options) => {
  const fetchCallback = options.fetch;
  const requestListener = getRequestListener(fetchCallback, {
    hostname: options.hostname,
    overrideGlobalObjects: options.overrideGlobalObjects,
    autoCleanupIncoming: options.autoCleanupIncoming
  });
  const server = (options.createServer || createServer)(options.serverOptions || {}, requestListener);
  if (options.websocket && options.websocket.server) {
    if (options.websocket.server.options.noServer !== true) throw new Error("WebSocket server must be created with { noServer: true } option");
    setupWebSocket({
      server,
      fetchCallback,
      wss: options.websocket.server
    });
  }
  return server;
};

// node_modules/hono/dist/http-exception.js
var HTTPException = class extends Error {
  res;
  status;
  /**
  * Creates an instance of `HTTPException`.
  * @param status - HTTP status code for the exception. Defaults to 500.
  * @param options - Additional options for the exception.
  */
  constructor(status = 500, options) {
    super(options?.message, { cause: options?.cause });
    this.res = options?.res;
    this.status = status;
  }
  /**
  * Returns the response object associated with the exception.
  * If a response object is not provided, a new response is created with the error message and status code.
  * @returns The response object.
  */
  getResponse() {
    if (this.res) return new Response(this.res.body, {
      status: this.status,
      headers: this.res.headers
    });
    return new Response(this.message, { status: this.status });
  }
};

// node_modules/hono/dist/request/constants.js
var GET_MATCH_RESULT = /* @__PURE__ */ Symbol();

// node_modules/hono/dist/utils/buffer.js
var bufferToFormData = (arrayBuffer, contentType2) => {
  return new Response(arrayBuffer, { headers: { "Content-Type": contentType2.replace(/^[^;]+/, (mediaType) => mediaType.toLowerCase()) } }).formData();
};

// node_modules/hono/dist/utils/body.js
var MAX_NESTED_OBJECTS = 1e4;
var isRawRequest = (request) => "headers" in request;
var parseBody = async (request, options = /* @__PURE__ */ Object.create(null)) => {
  const { all = false, dot = false } = options;
  const mediaType = (isRawRequest(request) ? request.headers : request.raw.headers).get("Content-Type")?.split(";")[0].trim().toLowerCase();
  if (mediaType === "multipart/form-data" || mediaType === "application/x-www-form-urlencoded") return parseFormData(request, {
    all,
    dot
  });
  return {};
};
async function parseFormData(request, options) {
  if (!isRawRequest(request) && request.bodyCache.formData) return convertFormDataToBodyData(await request.bodyCache.formData, options);
  const headers = isRawRequest(request) ? request.headers : request.raw.headers;
  const arrayBuffer = await request.arrayBuffer();
  const formDataPromise = bufferToFormData(arrayBuffer, headers.get("Content-Type") || "");
  if (!isRawRequest(request)) request.bodyCache.formData = formDataPromise;
  const formData = await formDataPromise;
  if (formData) return convertFormDataToBodyData(formData, options);
  return {};
}
function convertFormDataToBodyData(formData, options) {
  const form = /* @__PURE__ */ Object.create(null);
  const nestingState = { count: 0 };
  formData.forEach((value, key) => {
    if (!(options.all || key.endsWith("[]"))) form[key] = value;
    else handleParsingAllValues(form, key, value);
  });
  if (options.dot) Object.entries(form).forEach(([key, value]) => {
    if (key.includes(".")) {
      handleParsingNestedValues(form, key, value, nestingState);
      delete form[key];
    }
  });
  return form;
}
var handleParsingAllValues = (form, key, value) => {
  if (form[key] !== void 0) {
    if (Array.isArray(form[key])) form[key].push(value);
    else form[key] = [form[key], value];
  } else if (!key.endsWith("[]")) form[key] = value;
  else form[key] = [value];
};
var handleParsingNestedValues = (form, key, value, state) => {
  if (/(?:^|\.)__proto__\./.test(key)) return;
  let nestedForm = form;
  const keys = key.split(".", 34);
  if (keys.length > 33) throwNestingLimitExceeded();
  keys.forEach((key2, index) => {
    if (index === keys.length - 1) nestedForm[key2] = value;
    else {
      if (!nestedForm[key2] || typeof nestedForm[key2] !== "object" || Array.isArray(nestedForm[key2]) || nestedForm[key2] instanceof File) {
        if (state.count++ >= MAX_NESTED_OBJECTS) throwNestingLimitExceeded();
        nestedForm[key2] = /* @__PURE__ */ Object.create(null);
      }
      nestedForm = nestedForm[key2];
    }
  });
};
var throwNestingLimitExceeded = () => {
  throw new Error("Nesting limit exceeded");
};

// node_modules/hono/dist/utils/url.js
var splitPath = (path) => {
  const paths = path.split("/");
  if (paths[0] === "") paths.shift();
  return paths;
};
var splitRoutingPath = (routePath2) => {
  const { groups, path } = extractGroupsFromPath(routePath2);
  const paths = splitPath(path);
  return replaceGroupMarks(paths, groups);
};
var extractGroupsFromPath = (path) => {
  const groups = [];
  path = path.replace(/\{[^}]+\}/g, (match2, index) => {
    const mark = `@${index}`;
    groups.push([mark, match2]);
    return mark;
  });
  return {
    groups,
    path
  };
};
var replaceGroupMarks = (paths, groups) => {
  for (let i = groups.length - 1; i >= 0; i--) {
    const [mark] = groups[i];
    for (let j = paths.length - 1; j >= 0; j--) if (paths[j].includes(mark)) {
      paths[j] = paths[j].replace(mark, groups[i][1]);
      break;
    }
  }
  return paths;
};
var patternCache = {};
var getPattern = (label, next) => {
  if (label === "*") return "*";
  const match2 = label.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/);
  if (match2) {
    const cacheKey2 = `${label}#${next}`;
    if (!patternCache[cacheKey2]) {
      if (match2[2]) patternCache[cacheKey2] = next && next[0] !== ":" && next[0] !== "*" ? [
        cacheKey2,
        match2[1],
        new RegExp(`^${match2[2]}(?=/${next})`)
      ] : [
        label,
        match2[1],
        new RegExp(`^${match2[2]}$`)
      ];
      else patternCache[cacheKey2] = [
        label,
        match2[1],
        true
      ];
    }
    return patternCache[cacheKey2];
  }
  return null;
};
var tryDecode = (str, decoder) => {
  try {
    return decoder(str);
  } catch {
    return str.replace(/(?:%[0-9A-Fa-f]{2})+/g, (match2) => {
      try {
        return decoder(match2);
      } catch {
        return match2;
      }
    });
  }
};
var decodeURIWithPreservedPercent = (value) => decodeURI(value.includes("%25") ? value.replace(/%25/g, "%2525") : value);
var getPath = (request) => {
  const url = request.url;
  const start = url.indexOf("/", url.indexOf(":") + 4);
  let i = start;
  for (; i < url.length; i++) {
    const charCode = url.charCodeAt(i);
    if (charCode === 37) {
      const queryIndex = url.indexOf("?", i);
      const hashIndex = url.indexOf("#", i);
      const end = queryIndex === -1 ? hashIndex === -1 ? void 0 : hashIndex : hashIndex === -1 ? queryIndex : Math.min(queryIndex, hashIndex);
      const path = url.slice(start, end);
      const decoded = tryDecode(path, decodeURIWithPreservedPercent);
      if (/%(?![0-9A-Fa-f]{2})/.test(path)) {
        const rewritten = new URL("http://localhost");
        rewritten.pathname = decoded.replace(/[\\\t\n\r]/g, encodeURIComponent);
        if (tryDecode(rewritten.pathname, decodeURIWithPreservedPercent) !== decoded) return tryDecode(path.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"), decodeURIWithPreservedPercent);
      }
      return decoded;
    } else if (charCode === 63 || charCode === 35) break;
  }
  return url.slice(start, i);
};
var getPathNoStrict = (request) => {
  const result = getPath(request);
  return result.length > 1 && result.at(-1) === "/" ? result.slice(0, -1) : result;
};
var mergePath = (base, sub, ...rest) => {
  if (rest.length) sub = mergePath(sub, ...rest);
  return `${base?.[0] === "/" ? "" : "/"}${base}${sub === "/" ? "" : `${base?.at(-1) === "/" ? "" : "/"}${sub?.[0] === "/" ? sub.slice(1) : sub}`}`;
};
var checkOptionalParameter = (path) => {
  if (path.charCodeAt(path.length - 1) !== 63 || !path.includes(":")) return null;
  const segments = path.split("/");
  const results = [];
  let basePath = "";
  segments.forEach((segment) => {
    if (segment !== "" && !/\:/.test(segment)) basePath += "/" + segment;
    else if (/\:/.test(segment)) {
      if (segment.charCodeAt(segment.length - 1) === 63) {
        if (results.length === 0 && basePath === "") results.push("/");
        else results.push(basePath);
        const optionalSegment = segment.slice(0, -1);
        basePath += "/" + optionalSegment;
        results.push(basePath);
      } else basePath += "/" + segment;
    }
  });
  return results.filter((v, i, a) => a.indexOf(v) === i);
};
var tryDecodeURIComponent = (str) => str.indexOf("%") !== -1 ? tryDecode(str, decodeURIComponent_) : str;
var _decodeURI = (value) => {
  if (value.indexOf("+") !== -1) value = value.replace(/\+/g, " ");
  return tryDecodeURIComponent(value);
};
var _getQueryParam = (url, key, multiple) => {
  const hashIndex = url.indexOf("#", 8);
  if (hashIndex !== -1) url = url.slice(0, hashIndex);
  let encoded;
  if (!multiple && key && !/[%+&=]/.test(key)) {
    const queryIndex = url.indexOf("?", 8);
    let keyIndex2 = queryIndex;
    if (keyIndex2 === -1) return;
    if (!url.startsWith(key, keyIndex2 + 1)) keyIndex2 = url.indexOf(`&${key}`, keyIndex2 + 1);
    while (keyIndex2 !== -1) {
      const trailingKeyCode = url.charCodeAt(keyIndex2 + key.length + 1);
      if (trailingKeyCode === 61 || trailingKeyCode === 38 || isNaN(trailingKeyCode)) {
        if (keyIndex2 > queryIndex && /(?:^|&)[^=&]*[%+]/.test(url.slice(queryIndex + 1, keyIndex2))) break;
        if (trailingKeyCode === 61) {
          const valueIndex = keyIndex2 + key.length + 2;
          const endIndex = url.indexOf("&", valueIndex);
          return _decodeURI(url.slice(valueIndex, endIndex === -1 ? void 0 : endIndex));
        }
        return "";
      }
      keyIndex2 = url.indexOf(`&${key}`, keyIndex2 + 1);
    }
    encoded = /[%+]/.test(url);
    if (!encoded) return;
  }
  const results = /* @__PURE__ */ Object.create(null);
  encoded ??= /[%+]/.test(url);
  let keyIndex = url.indexOf("?", 8);
  while (keyIndex !== -1) {
    const nextKeyIndex = url.indexOf("&", keyIndex + 1);
    let valueIndex = url.indexOf("=", keyIndex);
    if (valueIndex > nextKeyIndex && nextKeyIndex !== -1) valueIndex = -1;
    let name = url.slice(keyIndex + 1, valueIndex === -1 ? nextKeyIndex === -1 ? void 0 : nextKeyIndex : valueIndex);
    if (encoded) name = _decodeURI(name);
    keyIndex = nextKeyIndex;
    if (name === "") continue;
    let value;
    if (valueIndex === -1) value = "";
    else {
      value = url.slice(valueIndex + 1, nextKeyIndex === -1 ? void 0 : nextKeyIndex);
      if (encoded) value = _decodeURI(value);
    }
    if (multiple) {
      if (!(results[name] && Array.isArray(results[name]))) results[name] = [];
      results[name].push(value);
    } else results[name] ??= value;
  }
  return key ? results[key] : results;
};
var getQueryParam = _getQueryParam;
var getQueryParams = (url, key) => {
  return _getQueryParam(url, key, true);
};
var decodeURIComponent_ = decodeURIComponent;

// node_modules/hono/dist/request.js
var HonoRequest = class {
  /**
  * `.raw` can get the raw Request object.
  *
  * @see {@link https://hono.dev/docs/api/request#raw}
  *
  * @example
  * ```ts
  * // For Cloudflare Workers
  * app.post('/', async (c) => {
  *   const metadata = c.req.raw.cf?.hostMetadata?
  *   ...
  * })
  * ```
  */
  raw;
  #validatedData;
  #matchResult;
  routeIndex = 0;
  /**
  * `.path` can get the pathname of the request.
  *
  * @see {@link https://hono.dev/docs/api/request#path}
  *
  * @example
  * ```ts
  * app.get('/about/me', (c) => {
  *   const pathname = c.req.path // `/about/me`
  * })
  * ```
  */
  path;
  bodyCache = {};
  constructor(request, path = "/", matchResult = [[]]) {
    this.raw = request;
    this.path = path;
    this.#matchResult = matchResult;
  }
  param(key) {
    return key ? this.#getDecodedParam(key) : this.#getAllDecodedParams();
  }
  #getDecodedParam(key) {
    const paramKey = this.#matchResult[0][this.routeIndex]?.[1][key];
    const param = this.#getParamValue(paramKey);
    return param && tryDecodeURIComponent(param);
  }
  #getAllDecodedParams() {
    const decoded = {};
    const keys = Object.keys(this.#matchResult[0][this.routeIndex]?.[1] ?? {});
    for (const key of keys) {
      const value = this.#getParamValue(this.#matchResult[0][this.routeIndex][1][key]);
      if (value !== void 0) decoded[key] = tryDecodeURIComponent(value);
    }
    return decoded;
  }
  #getParamValue(paramKey) {
    return this.#matchResult[1] ? this.#matchResult[1][paramKey] : paramKey;
  }
  query(key) {
    return getQueryParam(this.url, key);
  }
  queries(key) {
    return getQueryParams(this.url, key);
  }
  header(name) {
    if (name) return this.raw.headers.get(name) ?? void 0;
    const headerData = /* @__PURE__ */ Object.create(null);
    this.raw.headers.forEach((value, key) => {
      headerData[key] = value;
    });
    return headerData;
  }
  async parseBody(options) {
    return parseBody(this, options);
  }
  #cachedBody = (key) => {
    const { bodyCache, raw: raw2 } = this;
    const cachedBody = bodyCache[key];
    if (cachedBody) return cachedBody;
    for (const anyCachedKey in bodyCache) return bodyCache[anyCachedKey].then((body) => {
      if (anyCachedKey === "json") body = JSON.stringify(body);
      const contentType2 = anyCachedKey === "formData" ? void 0 : raw2.headers.get("content-type");
      return new Response(body, { headers: contentType2 ? { "Content-Type": contentType2 } : void 0 })[key]();
    });
    return bodyCache[key] = raw2[key]();
  };
  /**
  * `.json()` can parse Request body of type `application/json`
  *
  * @see {@link https://hono.dev/docs/api/request#json}
  *
  * @example
  * ```ts
  * app.post('/entry', async (c) => {
  *   const body = await c.req.json()
  * })
  * ```
  */
  json() {
    return this.#cachedBody("text").then((text) => JSON.parse(text));
  }
  /**
  * `.text()` can parse Request body of type `text/plain`
  *
  * @see {@link https://hono.dev/docs/api/request#text}
  *
  * @example
  * ```ts
  * app.post('/entry', async (c) => {
  *   const body = await c.req.text()
  * })
  * ```
  */
  text() {
    return this.#cachedBody("text");
  }
  /**
  * `.arrayBuffer()` parse Request body as an `ArrayBuffer`
  *
  * @see {@link https://hono.dev/docs/api/request#arraybuffer}
  *
  * @example
  * ```ts
  * app.post('/entry', async (c) => {
  *   const body = await c.req.arrayBuffer()
  * })
  * ```
  */
  arrayBuffer() {
    return this.#cachedBody("arrayBuffer");
  }
  /**
  * `.bytes()` parses the request body as a `Uint8Array`.
  *
  * @see {@link https://hono.dev/docs/api/request#bytes}
  *
  * @example
  * ```ts
  * app.post('/entry', async (c) => {
  *   const body = await c.req.bytes()
  * })
  * ```
  */
  bytes() {
    return this.#cachedBody("arrayBuffer").then((buffer) => new Uint8Array(buffer));
  }
  /**
  * Parses the request body as a `Blob`.
  * @example
  * ```ts
  * app.post('/entry', async (c) => {
  *   const body = await c.req.blob();
  * });
  * ```
  * @see https://hono.dev/docs/api/request#blob
  */
  blob() {
    return this.#cachedBody("blob");
  }
  /**
  * Parses the request body as `FormData`.
  * @example
  * ```ts
  * app.post('/entry', async (c) => {
  *   const body = await c.req.formData();
  * });
  * ```
  * @see https://hono.dev/docs/api/request#formdata
  */
  formData() {
    return this.#cachedBody("formData");
  }
  /**
  * Adds validated data to the request.
  *
  * @param target - The target of the validation.
  * @param data - The validated data to add.
  */
  addValidatedData(target, data) {
    (this.#validatedData ??= {})[target] = data;
  }
  valid(target) {
    return this.#validatedData?.[target];
  }
  /**
  * `.url` can get the request url strings.
  *
  * @see {@link https://hono.dev/docs/api/request#url}
  *
  * @example
  * ```ts
  * app.get('/about/me', (c) => {
  *   const url = c.req.url // `http://localhost:8787/about/me`
  *   ...
  * })
  * ```
  */
  get url() {
    return this.raw.url;
  }
  /**
  * `.method` can get the method name of the request.
  *
  * @see {@link https://hono.dev/docs/api/request#method}
  *
  * @example
  * ```ts
  * app.get('/about/me', (c) => {
  *   const method = c.req.method // `GET`
  * })
  * ```
  */
  get method() {
    return this.raw.method;
  }
  get [GET_MATCH_RESULT]() {
    return this.#matchResult;
  }
  /**
  * `.matchedRoutes` can return a matched route in the handler
  *
  * @deprecated
  *
  * Use matchedRoutes helper defined in "hono/route" instead.
  *
  * @see {@link https://hono.dev/docs/api/request#matchedroutes}
  *
  * @example
  * ```ts
  * app.use('*', async function logger(c, next) {
  *   await next()
  *   c.req.matchedRoutes.forEach(({ handler, method, path }, i) => {
  *     const name = handler.name || (handler.length < 2 ? '[handler]' : '[middleware]')
  *     console.log(
  *       method,
  *       ' ',
  *       path,
  *       ' '.repeat(Math.max(10 - path.length, 0)),
  *       name,
  *       i === c.req.routeIndex ? '<- respond from here' : ''
  *     )
  *   })
  * })
  * ```
  */
  get matchedRoutes() {
    return this.#matchResult[0].map(([[, route]]) => route);
  }
  /**
  * `.routePath` can retrieve the path registered within the handler
  *
  * @deprecated
  *
  * Use routePath helper defined in "hono/route" instead.
  *
  * @see {@link https://hono.dev/docs/api/request#routepath}
  *
  * @example
  * ```ts
  * app.get('/posts/:id', (c) => {
  *   return c.json({ path: c.req.routePath })
  * })
  * ```
  */
  get routePath() {
    return this.#matchResult[0].map(([[, route]]) => route)[this.routeIndex].path;
  }
};

// node_modules/hono/dist/utils/html.js
var HtmlEscapedCallbackPhase = {
  Stringify: 1,
  BeforeStream: 2,
  Stream: 3
};
var raw = (value, callbacks) => {
  const escapedString = new String(value);
  escapedString.isEscaped = true;
  escapedString.callbacks = callbacks;
  return escapedString;
};
var escapeRe = /[&<>'"]/;
var stringBufferToString = async (buffer, callbacks) => {
  let str = "";
  callbacks ||= [];
  const resolvedBuffer = await Promise.all(buffer);
  for (let i = resolvedBuffer.length - 1; ; i--) {
    str += resolvedBuffer[i];
    i--;
    if (i < 0) break;
    let r = resolvedBuffer[i];
    if (r == null || typeof r === "boolean") continue;
    if (typeof r === "number") {
      str += r;
      continue;
    }
    if (typeof r === "object") callbacks.push(...r.callbacks || []);
    const isEscaped = r.isEscaped;
    r = await (typeof r === "object" ? r.toString() : r);
    if (typeof r === "object") callbacks.push(...r.callbacks || []);
    if (r.isEscaped ?? isEscaped) str += r;
    else {
      const buf = [str];
      escapeToBuffer(r, buf);
      str = buf[0];
    }
  }
  return raw(str, callbacks);
};
var escapeToBuffer = (str, buffer) => {
  const match2 = str.search(escapeRe);
  if (match2 === -1) {
    buffer[0] += str;
    return;
  }
  let escape;
  let index;
  let lastIndex = 0;
  for (index = match2; index < str.length; index++) {
    switch (str.charCodeAt(index)) {
      case 34:
        escape = "&quot;";
        break;
      case 39:
        escape = "&#39;";
        break;
      case 38:
        escape = "&amp;";
        break;
      case 60:
        escape = "&lt;";
        break;
      case 62:
        escape = "&gt;";
        break;
      default:
        continue;
    }
    buffer[0] += str.substring(lastIndex, index) + escape;
    lastIndex = index + 1;
  }
  buffer[0] += str.substring(lastIndex, index);
};
var resolveCallbackSync = (str) => {
  const callbacks = str.callbacks;
  if (!callbacks?.length) return str;
  const buffer = [str];
  const context = {};
  callbacks.forEach((c) => c({
    phase: HtmlEscapedCallbackPhase.Stringify,
    buffer,
    context
  }));
  return buffer[0];
};
var resolveCallback = async (str, phase, preserveCallbacks, context, buffer) => {
  if (typeof str === "object" && !(str instanceof String)) {
    if (!(str instanceof Promise)) str = str.toString();
    if (str instanceof Promise) str = await str;
  }
  const callbacks = str.callbacks;
  if (!callbacks?.length) return Promise.resolve(str);
  if (buffer) buffer[0] += str;
  else buffer = [str];
  const resStr = Promise.all(callbacks.map((c) => c({
    phase,
    buffer,
    context
  }))).then((res) => Promise.all(res.filter(Boolean).map((str2) => resolveCallback(str2, phase, false, context, buffer))).then(() => buffer[0]));
  if (preserveCallbacks) return raw(await resStr, callbacks);
  else return resStr;
};

// node_modules/hono/dist/context.js
var TEXT_PLAIN = "text/plain; charset=UTF-8";
var setDefaultContentType = (contentType2, headers) => {
  return {
    "Content-Type": contentType2,
    ...headers
  };
};
var createResponseInstance = (body, init) => new Response(body, init);
var Context = class {
  #rawRequest;
  #req;
  /**
  * `.env` can get bindings (environment variables, secrets, KV namespaces, D1 database, R2 bucket etc.) in Cloudflare Workers.
  *
  * @see {@link https://hono.dev/docs/api/context#env}
  *
  * @example
  * ```ts
  * // Environment object for Cloudflare Workers
  * app.get('*', async c => {
  *   const counter = c.env.COUNTER
  * })
  * ```
  */
  env = {};
  #var;
  finalized = false;
  /**
  * `.error` can get the error object from the middleware if the Handler throws an error.
  *
  * @see {@link https://hono.dev/docs/api/context#error}
  *
  * @example
  * ```ts
  * app.use('*', async (c, next) => {
  *   await next()
  *   if (c.error) {
  *     // do something...
  *   }
  * })
  * ```
  */
  error;
  #status;
  #executionCtx;
  #res;
  #layout;
  #renderer;
  #notFoundHandler;
  #preparedHeaders;
  #matchResult;
  #path;
  /**
  * Creates an instance of the Context class.
  *
  * @param req - The Request object.
  * @param options - Optional configuration options for the context.
  */
  constructor(req, options) {
    this.#rawRequest = req;
    if (options) {
      this.#executionCtx = options.executionCtx;
      this.env = options.env;
      this.#notFoundHandler = options.notFoundHandler;
      this.#path = options.path;
      this.#matchResult = options.matchResult;
    }
  }
  /**
  * `.req` is the instance of {@link HonoRequest}.
  */
  get req() {
    this.#req ??= new HonoRequest(this.#rawRequest, this.#path, this.#matchResult);
    return this.#req;
  }
  /**
  * @see {@link https://hono.dev/docs/api/context#event}
  * The FetchEvent associated with the current request.
  *
  * @throws Will throw an error if the context does not have a FetchEvent.
  */
  get event() {
    if (this.#executionCtx && "respondWith" in this.#executionCtx) return this.#executionCtx;
    else throw Error("This context has no FetchEvent");
  }
  /**
  * @see {@link https://hono.dev/docs/api/context#executionctx}
  * The ExecutionContext associated with the current request.
  *
  * @throws Will throw an error if the context does not have an ExecutionContext.
  */
  get executionCtx() {
    if (this.#executionCtx) return this.#executionCtx;
    else throw Error("This context has no ExecutionContext");
  }
  /**
  * @see {@link https://hono.dev/docs/api/context#res}
  * The Response object for the current request.
  */
  get res() {
    return this.#res ||= createResponseInstance(null, { headers: this.#preparedHeaders ??= new Headers() });
  }
  /**
  * Sets the Response object for the current request.
  *
  * @param _res - The Response object to set.
  */
  set res(_res) {
    if (this.#res && _res) {
      _res = createResponseInstance(_res.body, _res);
      for (const [k, v] of this.#res.headers.entries()) {
        if (k === "content-type") continue;
        if (k === "set-cookie") {
          const cookies = this.#res.headers.getSetCookie();
          _res.headers.delete("set-cookie");
          for (const cookie of cookies) _res.headers.append("set-cookie", cookie);
        } else _res.headers.set(k, v);
      }
    }
    this.#res = _res;
    this.finalized = true;
  }
  /**
  * `.render()` can create a response within a layout.
  *
  * @see {@link https://hono.dev/docs/api/context#render-setrenderer}
  *
  * @example
  * ```ts
  * app.get('/', (c) => {
  *   return c.render('Hello!')
  * })
  * ```
  */
  render = (...args) => {
    this.#renderer ??= (content) => this.html(content);
    return this.#renderer(...args);
  };
  /**
  * Sets the layout for the response.
  *
  * @param layout - The layout to set.
  * @returns The layout function.
  */
  setLayout = (layout) => this.#layout = layout;
  /**
  * Gets the current layout for the response.
  *
  * @returns The current layout function.
  */
  getLayout = () => this.#layout;
  /**
  * `.setRenderer()` can set the layout in the custom middleware.
  *
  * @see {@link https://hono.dev/docs/api/context#render-setrenderer}
  *
  * @example
  * ```tsx
  * app.use('*', async (c, next) => {
  *   c.setRenderer((content) => {
  *     return c.html(
  *       <html>
  *         <body>
  *           <p>{content}</p>
  *         </body>
  *       </html>
  *     )
  *   })
  *   await next()
  * })
  * ```
  */
  setRenderer = (renderer) => {
    this.#renderer = renderer;
  };
  /**
  * `.header()` can set headers.
  *
  * @see {@link https://hono.dev/docs/api/context#header}
  *
  * @example
  * ```ts
  * app.get('/welcome', (c) => {
  *   // Set headers
  *   c.header('X-Message', 'Hello!')
  *   c.header('Content-Type', 'text/plain')
  *
  *   // Append multiple headers using the append option (e.g. Vary)
  *   c.header('Vary', 'Accept-Encoding', { append: true })
  *   c.header('Vary', 'User-Agent', { append: true })
  *
  *   return c.body('Thank you for coming')
  * })
  * ```
  */
  header = (name, value, options) => {
    if (this.finalized && !this.#res.bodyUsed) this.#res = createResponseInstance(this.#res.body, this.#res);
    const headers = this.#res ? this.#res.headers : this.#preparedHeaders ??= new Headers();
    if (value === void 0) headers.delete(name);
    else if (options?.append) headers.append(name, value);
    else headers.set(name, value);
  };
  status = (status) => {
    this.#status = status;
  };
  /**
  * `.set()` can set the value specified by the key.
  *
  * @see {@link https://hono.dev/docs/api/context#set-get}
  *
  * @example
  * ```ts
  * app.use('*', async (c, next) => {
  *   c.set('message', 'Hono is hot!!')
  *   await next()
  * })
  * ```
  */
  set = (key, value) => {
    this.#var ??= /* @__PURE__ */ new Map();
    this.#var.set(key, value);
  };
  /**
  * `.get()` can use the value specified by the key.
  *
  * @see {@link https://hono.dev/docs/api/context#set-get}
  *
  * @example
  * ```ts
  * app.get('/', (c) => {
  *   const message = c.get('message')
  *   return c.text(`The message is "${message}"`)
  * })
  * ```
  */
  get = (key) => {
    return this.#var ? this.#var.get(key) : void 0;
  };
  /**
  * `.var` can access the value of a variable.
  *
  * @see {@link https://hono.dev/docs/api/context#var}
  *
  * @example
  * ```ts
  * const result = c.var.client.oneMethod()
  * ```
  */
  get var() {
    if (!this.#var) return {};
    return Object.fromEntries(this.#var);
  }
  #newResponse(data, arg, headers) {
    let responseHeaders = this.#res ? new Headers(this.#res.headers) : this.#preparedHeaders;
    if (typeof arg === "object" && arg.headers) {
      responseHeaders ??= new Headers();
      for (const [key, value] of new Headers(arg.headers)) if (key === "set-cookie") responseHeaders.append(key, value);
      else responseHeaders.set(key, value);
    }
    if (headers) {
      if (!responseHeaders) {
        let count = 0;
        for (const k in headers) if (++count > 1 || typeof headers[k] !== "string") {
          responseHeaders = new Headers();
          break;
        }
      }
      if (responseHeaders) for (const k in headers) {
        const v = headers[k];
        if (typeof v === "string") responseHeaders.set(k, v);
        else {
          responseHeaders.delete(k);
          for (const v2 of v) responseHeaders.append(k, v2);
        }
      }
    }
    const status = typeof arg === "number" ? arg : arg?.status ?? this.#status;
    return createResponseInstance(data, {
      status,
      headers: responseHeaders ?? headers
    });
  }
  newResponse = (...args) => this.#newResponse(...args);
  /**
  * `.body()` can return the HTTP response.
  * You can set headers with `.header()` and set HTTP status code with `.status`.
  * This can also be set in `.text()`, `.json()` and so on.
  *
  * @see {@link https://hono.dev/docs/api/context#body}
  *
  * @example
  * ```ts
  * app.get('/welcome', (c) => {
  *   // Set headers
  *   c.header('X-Message', 'Hello!')
  *   c.header('Content-Type', 'text/plain')
  *   // Set HTTP status code
  *   c.status(201)
  *
  *   // Return the response body
  *   return c.body('Thank you for coming')
  * })
  * ```
  */
  body = (data, arg, headers) => this.#newResponse(data, arg, headers);
  /**
  * `.text()` can render text as `Content-Type:text/plain`.
  *
  * @see {@link https://hono.dev/docs/api/context#text}
  *
  * @example
  * ```ts
  * app.get('/say', (c) => {
  *   return c.text('Hello!')
  * })
  * ```
  */
  text = (text, arg, headers) => {
    return !this.#preparedHeaders && !this.#status && !arg && !headers && !this.finalized ? new Response(text) : this.#newResponse(text, arg, setDefaultContentType(TEXT_PLAIN, headers));
  };
  /**
  * `.json()` can render JSON as `Content-Type:application/json`.
  *
  * @see {@link https://hono.dev/docs/api/context#json}
  *
  * @example
  * ```ts
  * app.get('/api', (c) => {
  *   return c.json({ message: 'Hello!' })
  * })
  * ```
  */
  json = (object, arg, headers) => {
    return this.#newResponse(JSON.stringify(object), arg, setDefaultContentType("application/json", headers));
  };
  html = (html2, arg, headers) => {
    const res = (html3) => this.#newResponse(html3, arg, setDefaultContentType("text/html; charset=UTF-8", headers));
    return typeof html2 === "object" ? resolveCallback(html2, HtmlEscapedCallbackPhase.Stringify, false, {}).then(res) : res(html2);
  };
  /**
  * `.redirect()` can Redirect, default status code is 302.
  *
  * @see {@link https://hono.dev/docs/api/context#redirect}
  *
  * @example
  * ```ts
  * app.get('/redirect', (c) => {
  *   return c.redirect('/')
  * })
  * app.get('/redirect-permanently', (c) => {
  *   return c.redirect('/', 301)
  * })
  * ```
  */
  redirect = (location, status) => {
    const locationString = String(location);
    this.header("Location", !/[^\x00-\xFF]/.test(locationString) ? locationString : encodeURI(locationString));
    return this.newResponse(null, status ?? 302);
  };
  /**
  * `.notFound()` can return the Not Found Response.
  *
  * @see {@link https://hono.dev/docs/api/context#notfound}
  *
  * @example
  * ```ts
  * app.get('/notfound', (c) => {
  *   return c.notFound()
  * })
  * ```
  */
  notFound = () => {
    this.#notFoundHandler ??= () => createResponseInstance();
    return this.#notFoundHandler(this);
  };
};

// node_modules/hono/dist/compose.js
var compose = (middleware, onError, onNotFound) => {
  return (context, next) => {
    let index = -1;
    return dispatch(0);
    async function dispatch(i) {
      if (i <= index) throw new Error("next() called multiple times");
      index = i;
      let res;
      let isError = false;
      let handler;
      if (middleware[i]) {
        handler = middleware[i][0][0];
        context.req.routeIndex = i;
      } else handler = i === middleware.length && next || void 0;
      if (handler) try {
        res = await handler(context, () => dispatch(i + 1));
      } catch (err2) {
        if (err2 instanceof Error && onError) {
          context.error = err2;
          res = await onError(err2, context);
          isError = true;
        } else throw err2;
      }
      else if (context.finalized === false && onNotFound) res = await onNotFound(context);
      if (res && (context.finalized === false || isError)) context.res = res;
      return context;
    }
  };
};

// node_modules/hono/dist/helper/route/index.js
var matchedRoutes = (c) => c.req[GET_MATCH_RESULT][0].map(([[, route]]) => route);
var routePath = (c, index) => matchedRoutes(c).at(index ?? c.req.routeIndex)?.path ?? "";

// node_modules/hono/dist/router.js
var METHODS = [
  "get",
  "post",
  "put",
  "delete",
  "options",
  "patch",
  "query"
];
var MESSAGE_MATCHER_IS_ALREADY_BUILT = "Can not add a route since the matcher is already built.";
var UnsupportedPathError = class extends Error {
};

// node_modules/hono/dist/utils/constants.js
var COMPOSED_HANDLER = "__COMPOSED_HANDLER";

// node_modules/hono/dist/utils/mount.js
var countTrailingSlashes = (path) => {
  let index = path.length;
  while (index > 0 && path.charCodeAt(index - 1) === 47) index--;
  return path.length - index;
};
var getPathPrefixLength = (c, pathPrefix, routePath2) => {
  if (!/[:*]/.test(pathPrefix)) return pathPrefix.length;
  const path = c.req.path;
  const matchResult = c.req[GET_MATCH_RESULT];
  const paramNames = /* @__PURE__ */ new Set();
  let length = 0;
  for (const part of splitRoutingPath(pathPrefix)) {
    if (part[0] === ":" && part.endsWith("}?")) throw new Error(`mount(): Optional regular expression parameters are not supported in "${routePath2}".`);
    const pattern = getPattern(part);
    if (pattern && pattern !== "*") {
      const name = pattern[1];
      if (paramNames.has(name)) throw new Error(`mount(): Duplicate path parameter "${name}" in "${routePath2}".`);
      paramNames.add(name);
    }
    if (pattern && pattern !== "*" && pattern[2] !== true) {
      const value = matchResult.length === 2 ? matchResult[1][matchResult[0][c.req.routeIndex][1][pattern[1]]] : matchResult[0][c.req.routeIndex][1][pattern[1]];
      length += value.length + 1;
    } else if (pattern || part.endsWith("*")) {
      const end = path.indexOf("/", length + 1);
      length = end === -1 ? path.length : end;
    } else length += part.length + 1;
  }
  return length;
};
var createMountedRequest = (c, pathPrefix, routePath2) => {
  if (/[^/]\*$/.test(routePath2)) throw new Error(`mount(): Wildcard must follow "/" in "${routePath2}".`);
  const prefixLength = getPathPrefixLength(c, pathPrefix, routePath2);
  const path = c.req.path.slice(prefixLength) || "/";
  if (prefixLength > c.req.path.length || path[0] !== "/" || /\/(?:\.|%2e){1,2}(?:\/|$)/i.test(path)) throw new HTTPException(400, { message: "Invalid mounted path" });
  const rawUrl = c.req.raw.url;
  if (/^[^/?#]*\/\/[^/?#\\]*[?#\\]/.test(rawUrl)) throw new HTTPException(400, { message: "Invalid mounted path" });
  const rawPathEnd = rawUrl.search(/[?#]/);
  const rawTrailingSlashes = countTrailingSlashes(rawPathEnd === -1 ? rawUrl : rawUrl.slice(0, rawPathEnd));
  if (rawTrailingSlashes > 1 && countTrailingSlashes(c.req.path) === rawTrailingSlashes - 1) throw new HTTPException(400, { message: "Invalid mounted path" });
  const url = new URL(rawUrl);
  url.pathname = path.replace(/[\\\t\n\r]/g, encodeURIComponent);
  if (path.includes("%")) {
  }
  return new Request(url, c.req.raw);
};

// node_modules/hono/dist/hono-base.js
var notFoundHandler = (c) => {
  return c.text("404 Not Found", 404);
};
var errorHandler = (err2, c) => {
  if ("getResponse" in err2) {
    const res = err2.getResponse();
    return c.newResponse(res.body, res);
  }
  console.error(err2);
  return c.text("Internal Server Error", 500);
};
var Hono = class Hono2 {
  get;
  post;
  put;
  delete;
  options;
  patch;
  query;
  all;
  on;
  use;
  router;
  getPath;
  _basePath = "/";
  #path = "/";
  routes = [];
  constructor(options = {}) {
    [...METHODS, "all"].forEach((method) => {
      this[method] = (args1, ...args) => {
        const methodName = method.toUpperCase();
        if (typeof args1 === "string") this.#path = args1;
        else this.#addRoute(methodName, this.#path, args1);
        args.forEach((handler) => {
          this.#addRoute(methodName, this.#path, handler);
        });
        return this;
      };
    });
    this.on = (method, path, ...handlers) => {
      for (const p of [path].flat()) {
        this.#path = p;
        for (const m of [method].flat()) {
          const methodName = m.toUpperCase();
          for (const handler of handlers) this.#addRoute(methodName, this.#path, handler);
        }
      }
      return this;
    };
    this.use = (arg1, ...handlers) => {
      if (typeof arg1 === "string") this.#path = arg1;
      else {
        this.#path = "*";
        handlers.unshift(arg1);
      }
      handlers.forEach((handler) => {
        this.#addRoute("ALL", this.#path, handler);
      });
      return this;
    };
    const { strict, ...optionsWithoutStrict } = options;
    Object.assign(this, optionsWithoutStrict);
    this.getPath = strict ?? true ? options.getPath ?? getPath : getPathNoStrict;
  }
  #clone() {
    const clone = new Hono2({
      router: this.router,
      getPath: this.getPath
    });
    clone.errorHandler = this.errorHandler;
    clone.#notFoundHandler = this.#notFoundHandler;
    clone.routes = this.routes;
    return clone;
  }
  #notFoundHandler = notFoundHandler;
  errorHandler = errorHandler;
  /**
  * `.route()` allows grouping other Hono instance in routes.
  *
  * @see {@link https://hono.dev/docs/api/routing#grouping}
  *
  * @param {string} path - base Path
  * @param {Hono} app - other Hono instance
  * @returns {Hono} routed Hono instance
  *
  * @example
  * ```ts
  * const app = new Hono()
  * const app2 = new Hono()
  *
  * app2.get("/user", (c) => c.text("user"))
  * app.route("/api", app2) // GET /api/user
  * ```
  */
  route(path, app) {
    const subApp = this.basePath(path);
    app.routes.map((r) => {
      let handler;
      if (app.errorHandler === errorHandler) handler = r.handler;
      else {
        handler = async (c, next) => (await compose([], app.errorHandler)(c, () => r.handler(c, next))).res;
        handler[COMPOSED_HANDLER] = r.handler;
      }
      subApp.#addRoute(r.method, r.path, handler, r.basePath);
    });
    return this;
  }
  /**
  * `.basePath()` allows base paths to be specified.
  *
  * @see {@link https://hono.dev/docs/api/routing#base-path}
  *
  * @param {string} path - base Path
  * @returns {Hono} changed Hono instance
  *
  * @example
  * ```ts
  * const api = new Hono().basePath('/api')
  * ```
  */
  basePath(path) {
    const subApp = this.#clone();
    subApp._basePath = mergePath(this._basePath, path);
    return subApp;
  }
  /**
  * `.onError()` handles an error and returns a customized Response.
  *
  * @see {@link https://hono.dev/docs/api/hono#error-handling}
  *
  * @param {ErrorHandler} handler - request Handler for error
  * @returns {Hono} changed Hono instance
  *
  * @example
  * ```ts
  * app.onError((err, c) => {
  *   console.error(`${err}`)
  *   return c.text('Custom Error Message', 500)
  * })
  * ```
  */
  onError = (handler) => {
    this.errorHandler = handler;
    return this;
  };
  /**
  * `.notFound()` allows you to customize a Not Found Response.
  *
  * @see {@link https://hono.dev/docs/api/hono#not-found}
  *
  * @param {NotFoundHandler} handler - request handler for not-found
  * @returns {Hono} changed Hono instance
  *
  * @example
  * ```ts
  * app.notFound((c) => {
  *   return c.text('Custom 404 Message', 404)
  * })
  * ```
  */
  notFound = (handler) => {
    this.#notFoundHandler = handler;
    return this;
  };
  /**
  * `.mount()` allows you to mount applications built with other frameworks into your Hono application.
  *
  * @deprecated Use `mount()` from `hono/mount` instead. `.mount()` will be removed in v5.
  *
  * @see {@link https://hono.dev/docs/api/hono#mount}
  *
  * @param {string} path - base Path
  * @param {Function} applicationHandler - other Request Handler
  * @param {MountOptions} [options] - options of `.mount()`
  * @returns {Hono} mounted Hono instance
  * @throws {Error} If automatic request rewriting encounters duplicate path parameter names or an optional regular expression parameter.
  * @throws {HTTPException} With status 400 if automatic request rewriting cannot safely preserve the routed path.
  *
  * @example
  * ```ts
  * import { Router as IttyRouter } from 'itty-router'
  * import { Hono } from 'hono'
  * // Create itty-router application
  * const ittyRouter = IttyRouter()
  * // GET /itty-router/hello
  * ittyRouter.get('/hello', () => new Response('Hello from itty-router'))
  *
  * const app = new Hono()
  * app.mount('/itty-router', ittyRouter.handle)
  * ```
  *
  * @example
  * ```ts
  * const app = new Hono()
  * // Send the request to another application without modification.
  * app.mount('/app', anotherApp, {
  *   replaceRequest: (req) => req,
  * })
  * ```
  */
  mount(path, applicationHandler, options) {
    let replaceRequest;
    let optionHandler;
    if (options) {
      if (typeof options === "function") optionHandler = options;
      else {
        optionHandler = options.optionHandler;
        if (options.replaceRequest === false) replaceRequest = (request) => request;
        else replaceRequest = options.replaceRequest;
      }
    }
    const getOptions = optionHandler ? (c) => {
      const options2 = optionHandler(c);
      return Array.isArray(options2) ? options2 : [options2];
    } : (c) => {
      let executionContext = void 0;
      try {
        executionContext = c.executionCtx;
      } catch {
      }
      return [c.env, executionContext];
    };
    const defaultReplaceRequest = (c) => {
      const mountedRoutePath = routePath(c);
      return createMountedRequest(c, mountedRoutePath.replace(/\/?\*$/, ""), mountedRoutePath);
    };
    const handler = async (c, next) => {
      const res = await applicationHandler(replaceRequest ? replaceRequest(c.req.raw) : defaultReplaceRequest(c), ...getOptions(c));
      if (res) return res;
      await next();
    };
    this.#addRoute("ALL", mergePath(path, "*"), handler);
    return this;
  }
  #addRoute(method, path, handler, baseRoutePath) {
    path = mergePath(this._basePath, path);
    const r = {
      basePath: baseRoutePath !== void 0 ? mergePath(this._basePath, baseRoutePath) : this._basePath,
      path,
      method,
      handler
    };
    this.router.add(method, path, [handler, r]);
    this.routes.push(r);
  }
  #handleError(err2, c) {
    if (err2 instanceof Error) return this.errorHandler(err2, c);
    throw err2;
  }
  #dispatch(request, executionCtx, env, method) {
    if (method === "HEAD") return (async () => new Response(null, await this.#dispatch(request, executionCtx, env, "GET")))();
    const path = this.getPath(request, { env });
    const matchResult = this.router.match(method, path);
    const c = new Context(request, {
      path,
      matchResult,
      env,
      executionCtx,
      notFoundHandler: this.#notFoundHandler
    });
    if (matchResult[0].length === 1) {
      let res;
      try {
        res = matchResult[0][0][0][0](c, async () => {
          c.res = await this.#notFoundHandler(c);
        });
      } catch (err2) {
        return this.#handleError(err2, c);
      }
      return res instanceof Promise ? res.then((resolved) => resolved || (c.finalized ? c.res : this.#notFoundHandler(c))).catch((err2) => this.#handleError(err2, c)) : res ?? this.#notFoundHandler(c);
    }
    const composed = compose(matchResult[0], this.errorHandler, this.#notFoundHandler);
    return (async () => {
      try {
        const context = await composed(c);
        if (!context.finalized) throw new Error("Context is not finalized. Did you forget to return a Response object or `await next()`?");
        return context.res;
      } catch (err2) {
        return this.#handleError(err2, c);
      }
    })();
  }
  /**
  * `.fetch()` will be entry point of your app.
  *
  * @see {@link https://hono.dev/docs/api/hono#fetch}
  *
  * @param {Request} request - request Object of request
  * @param {Env} env - env Object
  * @param {ExecutionContext} executionCtx - context of execution
  * @returns {Response | Promise<Response>} response of request
  *
  */
  fetch = (request, ...rest) => {
    return this.#dispatch(request, rest[1], rest[0], request.method);
  };
  /**
  * `.request()` is a useful method for testing.
  * You can pass a URL or pathname to send a GET request.
  * app will return a Response object.
  * ```ts
  * test('GET /hello is ok', async () => {
  *   const res = await app.request('/hello')
  *   expect(res.status).toBe(200)
  * })
  * ```
  * @see https://hono.dev/docs/api/hono#request
  */
  request = (input, requestInit, Env, executionCtx) => {
    if (input instanceof Request) return this.fetch(requestInit ? new Request(input, requestInit) : input, Env, executionCtx);
    input = input.toString();
    return this.fetch(new Request(/^https?:\/\//.test(input) ? input : `http://localhost${mergePath("/", input)}`, requestInit), Env, executionCtx);
  };
  /**
  * `.fire()` automatically adds a global fetch event listener.
  * This can be useful for environments that adhere to the Service Worker API, such as non-ES module Cloudflare Workers.
  * @deprecated
  * Use `fire` from `hono/service-worker` instead.
  * ```ts
  * import { Hono } from 'hono'
  * import { fire } from 'hono/service-worker'
  *
  * const app = new Hono()
  * // ...
  * fire(app)
  * ```
  * @see https://hono.dev/docs/api/hono#fire
  * @see https://developer.mozilla.org/en-US/docs/Web/API/Service_Worker_API
  * @see https://developers.cloudflare.com/workers/reference/migrate-to-module-workers/
  */
  fire = () => {
    addEventListener("fetch", (event) => {
      event.respondWith(this.#dispatch(event.request, event, void 0, event.request.method));
    });
  };
};

// node_modules/hono/dist/router/utils.js
var createNullObject = () => /* @__PURE__ */ Object.create(null);

// node_modules/hono/dist/router/reg-exp-router/matcher.js
var emptyParam = [];
function match(method, path) {
  const matchers = this.buildAllMatchers();
  const match2 = ((method2, path2) => {
    const matcher = matchers[method2] || matchers["ALL"];
    const staticMatch = matcher[2][path2];
    if (staticMatch) return staticMatch;
    const match3 = path2.match(matcher[0]);
    if (!match3) return [[], emptyParam];
    const index = match3.indexOf("", 1);
    return [matcher[1][index], match3];
  });
  this.match = match2;
  return match2(method, path);
}

// node_modules/hono/dist/router/reg-exp-router/node.js
var LABEL_REG_EXP_STR = "[^/]+";
var ONLY_WILDCARD_REG_EXP_STR = "[^]*";
var TAIL_WILDCARD_REG_EXP_STR = "(?:|/[^]*)";
var PATH_ERROR = /* @__PURE__ */ Symbol();
var regExpMetaChars = /* @__PURE__ */ new Set(".\\+*[^]$()");
function compareKey(a, b) {
  if (a.length === 1) return b.length === 1 ? a < b ? -1 : 1 : -1;
  if (b.length === 1) return 1;
  if (a === "[^]*" || a === "(?:|/[^]*)") return b === "[^]*" ? -1 : 1;
  else if (b === "[^]*" || b === "(?:|/[^]*)") return -1;
  if (a === "[^/]+") return 1;
  else if (b === "[^/]+") return -1;
  return a.length === b.length ? a < b ? -1 : 1 : b.length - a.length;
}
var Node = class Node2 {
  #index;
  #varIndex;
  #children = createNullObject();
  insert(tokens, index, paramMap, context, keys) {
    let node = this;
    for (let i = 0, len = tokens.length; i < len; i++) {
      const token = tokens[i];
      const pattern = token.length === 1 ? token === "*" ? i === len - 1 ? [
        "",
        "",
        ONLY_WILDCARD_REG_EXP_STR
      ] : [
        "",
        "",
        LABEL_REG_EXP_STR
      ] : null : token === "/*" ? [
        "",
        "",
        TAIL_WILDCARD_REG_EXP_STR
      ] : token.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/);
      let nextNode;
      if (pattern) {
        const name = pattern[1];
        let regexpStr = pattern[2] || "[^/]+";
        if (name && pattern[2]) {
          if (new RegExp(regexpStr).test("")) throw PATH_ERROR;
          regexpStr = regexpStr.replace(/^\((?!\?:)(?=[^)]+\)$)/, "(?:");
          if (/\((?!\?:)/.test(regexpStr)) throw PATH_ERROR;
          if (regexpStr.length === 1 && regExpMetaChars.has(regexpStr)) throw PATH_ERROR;
        }
        keys.push(regexpStr);
        nextNode = node.#children[regexpStr];
        if (!nextNode) {
          if (regexpStr !== "[^]*" && regexpStr !== "(?:|/[^]*)") {
            for (const k in node.#children) if ((regexpStr.length > 1 || k.length > 1) && k !== "[^]*" && k !== "(?:|/[^]*)") throw PATH_ERROR;
          }
          nextNode = node.#children[regexpStr] = new Node2();
        }
        if (name !== "") {
          nextNode.#varIndex ??= context.varIndex++;
          paramMap.push([name, nextNode.#varIndex]);
        }
      } else {
        keys.push(token);
        nextNode = node.#children[token];
        if (!nextNode) {
          for (const k in node.#children) if (k.length > 1 && k !== "[^]*" && k !== "(?:|/[^]*)") throw PATH_ERROR;
          nextNode = node.#children[token] = new Node2();
        }
      }
      node = nextNode;
    }
    if (node.#index !== void 0) throw PATH_ERROR;
    node.#index = index;
  }
  buildRegExpStr() {
    const strList = Object.keys(this.#children).sort(compareKey).map((k) => {
      const c = this.#children[k];
      const childStr = c.buildRegExpStr();
      return childStr === "" ? "" : (typeof c.#varIndex === "number" ? `(${k})@${c.#varIndex}` : regExpMetaChars.has(k) ? `\\${k}` : k) + childStr;
    }).filter(Boolean);
    if (typeof this.#index === "number" && this.#index !== -1) strList.unshift(`#${this.#index}`);
    if (strList.length === 0) return "";
    if (strList.length === 1) return strList[0];
    return "(?:" + strList.join("|") + ")";
  }
};

// node_modules/hono/dist/router/reg-exp-router/trie.js
var Trie = class {
  #context = { varIndex: 0 };
  #root = new Node();
  #index = 0;
  paths = createNullObject();
  insert(path, isStatic) {
    const keys = [];
    if (isStatic) {
      this.#root.insert(path.split(""), -1, [], this.#context, keys);
      this.paths[path] = [
        -1,
        [],
        keys
      ];
      return;
    }
    const paramAssoc = [];
    const groups = [];
    let markedPath = path;
    for (let i = 0; ; ) {
      let replaced = false;
      markedPath = markedPath.replace(/\{(?:\{[\d,]+\}|[^}])+\}/g, (m) => {
        const mark = `@\\${i}`;
        groups[i] = [mark, m];
        i++;
        replaced = true;
        return mark;
      });
      if (!replaced) break;
    }
    const tokens = markedPath.match(/(?::[^\/]+)|(?:\/\*$)|./gs) || [];
    for (let i = groups.length - 1; i >= 0; i--) {
      const [mark] = groups[i];
      for (let j = tokens.length - 1; j >= 0; j--) if (tokens[j].indexOf(mark) !== -1) {
        tokens[j] = tokens[j].replace(mark, groups[i][1]);
        break;
      }
    }
    this.#root.insert(tokens, this.#index, paramAssoc, this.#context, keys);
    this.paths[path] = [
      this.#index++,
      paramAssoc,
      keys
    ];
  }
  buildRegExp() {
    let regexp = this.#root.buildRegExpStr();
    if (regexp === "") return [
      /^$/,
      [],
      []
    ];
    let captureIndex = 0;
    const indexReplacementMap = [];
    const paramReplacementMap = [];
    regexp = regexp.replace(/#(\d+)|@(\d+)|\.\*\$/g, (_, handlerIndex, paramIndex) => {
      if (handlerIndex !== void 0) {
        indexReplacementMap[++captureIndex] = Number(handlerIndex);
        return "$()";
      }
      if (paramIndex !== void 0) {
        paramReplacementMap[Number(paramIndex)] = ++captureIndex;
        return "";
      }
      return "";
    });
    return [
      new RegExp(`^${regexp}`),
      indexReplacementMap,
      paramReplacementMap
    ];
  }
};

// node_modules/hono/dist/router/reg-exp-router/router.js
function endsWithWildcard(keys) {
  const tail = keys[keys.length - 1];
  return tail === "[^]*" || tail === "(?:|/[^]*)";
}
function covers(wildcard, target) {
  const last = wildcard.length - 1;
  for (let i = 0; i < last; i++) if (wildcard[i] !== target[i]) return false;
  return wildcard[last] === "[^]*" || target.length === last || target[last] === "/";
}
var RegExpRouter = class {
  name = "RegExpRouter";
  #handlers;
  #tries;
  constructor() {
    this.#handlers = { ["ALL"]: [] };
    this.#tries = { ["ALL"]: new Trie() };
  }
  #insertPath(method, path) {
    try {
      this.#tries[method].insert(path, !/\*|\/:/.test(path));
    } catch (e) {
      throw e === PATH_ERROR ? new UnsupportedPathError(path) : e;
    }
  }
  add(method, path, handler) {
    const handlers = this.#handlers;
    if (!handlers) throw new Error(MESSAGE_MATCHER_IS_ALREADY_BUILT);
    const tries = this.#tries;
    if (!handlers[method]) {
      tries[method] = new Trie();
      handlers[method] = [...handlers["ALL"]];
      for (const p in tries["ALL"].paths) this.#insertPath(method, p);
    }
    if (path === "/*") path = "*";
    const methods = method === "ALL" ? Object.keys(handlers) : [method];
    const paths = checkOptionalParameter(path) || [path];
    for (const path2 of paths) for (const m of methods) {
      if (!tries[m].paths[path2]) this.#insertPath(m, path2);
      handlers[m].push([handler, path2]);
    }
  }
  match = match;
  buildAllMatchers() {
    const matchers = createNullObject();
    for (const method of Object.keys(this.#handlers)) matchers[method] = this.#buildMatcher(method);
    this.#handlers = this.#tries = void 0;
    return matchers;
  }
  #buildMatcher(method) {
    const handlers = this.#handlers[method];
    const trie = this.#tries[method];
    const staticMap = createNullObject();
    const handlerData = [];
    const [regexp, indexReplacementMap, paramReplacementMap] = trie.buildRegExp();
    const own = createNullObject();
    const entries = handlers.map(([h, p], i) => {
      (own[p] ??= []).push(i);
      return [h, trie.paths[p][1].reduceRight((map, [key, varIndex]) => {
        map[key] = paramReplacementMap[varIndex];
        return map;
      }, createNullObject())];
    });
    const wildcards = Object.keys(own).filter((p) => endsWithWildcard(trie.paths[p][2]));
    for (const path in trie.paths) {
      const [index, , keys] = trie.paths[path];
      const indexes = [...own[path]];
      for (const p of wildcards) if (p !== path && covers(trie.paths[p][2], keys)) indexes.push(...own[p]);
      const data = indexes.sort((a, b) => a - b).map((i) => entries[i]);
      if (index === -1) {
        const last = Math.max(-1, ...data.flatMap(([, map]) => Object.values(map)));
        staticMap[path] = [data, last === -1 ? emptyParam : path.match(regexp).slice(0, last + 1)];
      } else handlerData[index] = data;
    }
    return [
      regexp,
      indexReplacementMap.map((i) => handlerData[i]),
      staticMap
    ];
  }
};

// node_modules/hono/dist/router/smart-router/router.js
var SmartRouter = class {
  name = "SmartRouter";
  #routers = [];
  #routes = [];
  constructor(init) {
    this.#routers = init.routers;
  }
  add(method, path, handler) {
    if (!this.#routes) throw new Error(MESSAGE_MATCHER_IS_ALREADY_BUILT);
    this.#routes.push([
      method,
      path,
      handler
    ]);
  }
  match(method, path) {
    if (!this.#routes) throw new Error("Fatal error");
    const routers = this.#routers;
    const routes = this.#routes;
    const len = routers.length;
    let i = 0;
    let res;
    for (; i < len; i++) {
      const router = routers[i];
      try {
        for (let i2 = 0, len2 = routes.length; i2 < len2; i2++) router.add(...routes[i2]);
        res = router.match(method, path);
      } catch (e) {
        if (e instanceof UnsupportedPathError) continue;
        throw e;
      }
      this.match = router.match.bind(router);
      this.#routers = [router];
      this.#routes = void 0;
      break;
    }
    if (i === len) throw new Error("Fatal error");
    this.name = `SmartRouter + ${this.activeRouter.name}`;
    return res;
  }
  get activeRouter() {
    if (this.#routes || this.#routers.length !== 1) throw new Error("No active router has been determined yet.");
    return this.#routers[0];
  }
};

// node_modules/hono/dist/router/trie-router/node.js
var emptyParams = createNullObject();
var order = 0;
var Node3 = class Node4 {
  #methods = [];
  #children = createNullObject();
  #patterns = [];
  #pattern;
  #params = emptyParams;
  insert(method, path, handler) {
    let curNode = this;
    const parts = splitRoutingPath(path);
    const possibleKeys = /* @__PURE__ */ new Set();
    let i = 0;
    for (const p of parts) {
      const nextP = parts[++i];
      const pattern = getPattern(p, nextP) || (nextP === void 0 && p && p.indexOf("*") === p.length - 1 ? p : null);
      const isParam = Array.isArray(pattern);
      const key = isParam ? pattern[0] : pattern || p;
      const child = curNode.#children[key] ||= new Node4();
      if (pattern && !child.#pattern) {
        child.#pattern = pattern;
        curNode.#patterns.push(child);
      }
      curNode = child;
      if (isParam) possibleKeys.add(pattern[1]);
    }
    curNode.#methods.push({ [method]: {
      handler,
      possibleKeys: [...possibleKeys],
      score: ++order
    } });
  }
  #pushHandlerSets(handlerSets, node, method, nodeParams, params) {
    for (let i = 0, len = node.#methods.length; i < len; i++) {
      const m = node.#methods[i];
      const handlerSet = m[method] || m["ALL"];
      if (handlerSet) {
        handlerSet.params = createNullObject();
        handlerSets.push(handlerSet);
        for (let i2 = 0, len2 = handlerSet.possibleKeys.length; i2 < len2; i2++) {
          const key = handlerSet.possibleKeys[i2];
          handlerSet.params[key] = params?.[key] && !i2 ? params[key] : nodeParams[key] ?? params?.[key];
        }
      }
    }
  }
  search(method, path) {
    const handlerSets = [];
    this.#params = emptyParams;
    let curNodes = [this];
    const parts = splitPath(path);
    const curNodesQueue = [];
    const len = parts.length;
    let partOffsets = null;
    for (let i = 0; i < len; i++) {
      const part = parts[i];
      const isLast = i === len - 1;
      const tempNodes = [];
      for (let j = 0, len2 = curNodes.length; j < len2; j++) {
        const node = curNodes[j];
        const nextNode = node.#children[part];
        if (nextNode) {
          nextNode.#params = node.#params;
          if (isLast) {
            if (nextNode.#children["*"]) this.#pushHandlerSets(handlerSets, nextNode.#children["*"], method, node.#params);
            this.#pushHandlerSets(handlerSets, nextNode, method, node.#params);
          } else tempNodes.push(nextNode);
        }
        for (const child of node.#patterns) {
          const pattern = child.#pattern;
          const params = node.#params === emptyParams ? {} : { ...node.#params };
          if (typeof pattern === "string") {
            if (pattern === "*" || part.startsWith(pattern.slice(0, -1))) {
              this.#pushHandlerSets(handlerSets, child, method, node.#params);
              if (pattern === "*") {
                child.#params = params;
                tempNodes.push(child);
              }
            }
            continue;
          }
          const [, name, matcher] = pattern;
          if (!part && matcher === true) continue;
          if (matcher !== true) {
            if (!partOffsets) {
              partOffsets = [];
              let offset = path[0] === "/" ? 1 : 0;
              for (let p = 0; p < len; p++) {
                partOffsets[p] = offset;
                offset += parts[p].length + 1;
              }
            }
            const restPathString = path.slice(partOffsets[i]);
            const m = matcher.exec(restPathString);
            if (m) {
              if (!Object.hasOwn(params, name)) params[name] = m[0];
              this.#pushHandlerSets(handlerSets, child, method, node.#params, params);
              if (m[0].length === restPathString.length && child.#children["*"]) this.#pushHandlerSets(handlerSets, child.#children["*"], method, node.#params, params);
              for (const _ in child.#children) {
                child.#params = params;
                const componentCount = m[0].match(/\//g)?.length ?? 0;
                (curNodesQueue[componentCount] ||= []).push(child);
                break;
              }
              continue;
            }
          }
          if (matcher === true || matcher.test(part)) {
            if (!Object.hasOwn(params, name)) params[name] = part;
            if (isLast) {
              this.#pushHandlerSets(handlerSets, child, method, params, node.#params);
              if (child.#children["*"]) this.#pushHandlerSets(handlerSets, child.#children["*"], method, params, node.#params);
            } else {
              child.#params = params;
              tempNodes.push(child);
            }
          }
        }
      }
      const shifted = curNodesQueue.shift();
      curNodes = shifted ? tempNodes.concat(shifted) : tempNodes;
    }
    if (handlerSets[1]) handlerSets.sort((a, b) => {
      return a.score - b.score;
    });
    return [handlerSets.map(({ handler, params }) => [handler, params])];
  }
};

// node_modules/hono/dist/router/trie-router/router.js
var TrieRouter = class {
  name = "TrieRouter";
  #node = new Node3();
  add(method, path, handler) {
    for (const result of checkOptionalParameter(path) || [path]) this.#node.insert(method, result, handler);
  }
  match(method, path) {
    return this.#node.search(method, path);
  }
};

// node_modules/hono/dist/hono.js
var Hono3 = class extends Hono {
  /**
  * Creates an instance of the Hono class.
  *
  * @param options - Optional configuration options for the Hono instance.
  */
  constructor(options = {}) {
    super(options);
    this.router = options.router ?? new SmartRouter({ routers: [new RegExpRouter(), new TrieRouter()] });
  }
};

// src/emulator/http/api-error.ts
function jsonResponse(body, status, headers) {
  const response = new Response(JSON.stringify(body), { status, headers });
  response.headers.set("content-type", "application/json");
  return response;
}
function apiError(status, body) {
  return new HTTPException(status, { res: jsonResponse(body, status) });
}
function unauthorized() {
  return apiError(401, { message: "401 Unauthorized" });
}
function forbidden(reason) {
  return apiError(403, { message: reason ? `403 Forbidden - ${reason}` : "403 Forbidden" });
}
function notFound(resource) {
  return apiError(404, { message: resource ? `404 ${resource} Not Found` : "404 Not Found" });
}
function recordNotFound() {
  return apiError(404, { message: "404 Not found" });
}
function badRequest(reason) {
  return apiError(400, { message: `400 Bad request - ${reason}` });
}
function invalidParams(message) {
  return apiError(400, { error: message });
}

// src/emulator/auth/extract-credential.ts
var JOB_TOKEN_SOURCES = /* @__PURE__ */ new Set([
  "job_token",
  "token",
  "JOB-TOKEN"
]);
var TOKEN_QUERY_PARAMS = /* @__PURE__ */ new Set([
  "private_token",
  "access_token",
  "job_token",
  "token"
]);
function extractCredential(request) {
  const query = new URL(request.url).searchParams;
  const tokenInQuery = [...TOKEN_QUERY_PARAMS].some((name) => query.has(name));
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1]?.trim();
  const candidates = [
    ["PRIVATE-TOKEN", request.headers.get("private-token")],
    ["private_token", query.get("private_token")],
    ["Authorization", bearer],
    ["access_token", query.get("access_token")],
    ["job_token", query.get("job_token")],
    ["token", query.get("token")],
    ["JOB-TOKEN", request.headers.get("job-token")]
  ];
  let jobToken = null;
  for (const [source, token] of candidates) {
    if (token && JOB_TOKEN_SOURCES.has(source)) {
      jobToken = { token, source };
      break;
    }
  }
  for (const [source, token] of candidates) {
    if (token) return { token, source, tokenInQuery, jobToken };
  }
  return { token: null, source: null, tokenInQuery, jobToken };
}

// src/emulator/auth/authenticate.ts
var JOB_TOKEN_PREFIX = "glcbt-";
function authenticate(state, credential, rule) {
  const { token, source } = credential;
  const accessToken = token && source && !JOB_TOKEN_SOURCES.has(source) ? token : null;
  if (accessToken && source === "Authorization" && rule.jobTokenAllowed) {
    const job = state.jobByToken(accessToken);
    if (job) return jobIdentity(state, accessToken);
  }
  if (accessToken && !accessToken.startsWith(JOB_TOKEN_PREFIX)) {
    const oauthUser = source === "Authorization" || source === "access_token" ? state.userByOAuthToken(accessToken) : void 0;
    if (oauthUser) return { kind: "user", user: oauthUser, tokenKind: "oauth" };
    const user = state.userByPersonalToken(accessToken);
    if (user) return { kind: "user", user, tokenKind: "private" };
    throw unauthorized();
  }
  if (credential.jobToken && rule.jobTokenAllowed) {
    return jobIdentity(state, credential.jobToken.token);
  }
  if (rule.anonymousAllowed) return { kind: "anonymous", user: void 0 };
  throw unauthorized();
}
function authKindOf(state, credential) {
  const { token, source } = credential;
  if (!token || !source) return "none";
  if (JOB_TOKEN_SOURCES.has(source)) return "job";
  if (source === "PRIVATE-TOKEN" || source === "private_token") return "private";
  if (state.userByPersonalToken(token)) return "private";
  if (token.startsWith("glcbt-") || state.jobByToken(token)) return "job";
  return "oauth";
}
function jobIdentity(state, token) {
  const job = state.jobByToken(token);
  if (job?.status !== "running" && job?.status !== "canceling") throw unauthorized();
  const user = state.user(job.userId);
  if (!user) throw unauthorized();
  return { kind: "job", job, user };
}

// src/emulator/faults/bad-gateway-page.ts
var BAD_GATEWAY_HTML = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

// src/emulator/faults/fault-signal.ts
var FAULT_SIGNAL_HEADER = "x-jobrelay-emulator-fault";
function faultSignalOf(response) {
  const value = response.headers.get(FAULT_SIGNAL_HEADER);
  return value === "refuse" || value === "reset" || value === "reset-after-send" || value === "truncate" ? value : void 0;
}
function faultSignalResponse(signal) {
  return new Response(null, { status: 599, headers: { [FAULT_SIGNAL_HEADER]: signal } });
}

// src/emulator/faults/fault-middleware.ts
function faultMiddleware(runtime) {
  return async function injectFault(c, next) {
    const fault = runtime.faults.take(c.req.method, new URL(c.req.url).pathname);
    if (!fault) return next();
    const { spec } = fault;
    c.var.logEntry.fault = spec.kind ?? (spec.status === void 0 ? "delay" : `status ${spec.status}`);
    if (spec.delayMs) {
      const remaining = c.var.arrivedAt + spec.delayMs - runtime.clock.now();
      try {
        await runtime.clock.sleep(remaining, c.req.raw.signal);
      } catch {
        return new Response(null, { status: 499 });
      }
    }
    switch (spec.kind) {
      case "refuse":
      case "reset":
        return faultSignalResponse(spec.kind);
      case "bad-gateway":
        return new Response(BAD_GATEWAY_HTML, {
          status: 502,
          headers: { "content-type": "text/html" }
        });
      case "reset-after-send":
      case "truncate":
        await next();
        c.res.headers.set(FAULT_SIGNAL_HEADER, spec.kind);
        return;
    }
    if (spec.status === void 0) return next();
    const answer = fakeAnswer(spec.status, spec.body, spec.headers);
    if (!spec.apply) return answer;
    await next();
    replaceResponse(c, answer);
  };
}
function fakeAnswer(status, body, headers) {
  const text = body === void 0 ? "" : typeof body === "string" ? body : JSON.stringify(body);
  const type = typeof body === "string" || body === void 0 ? "text/plain" : "application/json";
  const response = new Response(text, { status, headers: { "content-type": type } });
  for (const [name, value] of Object.entries(headers ?? {})) response.headers.set(name, value);
  return response;
}
function replaceResponse(c, response) {
  c.res = void 0;
  c.res = response;
}

// src/emulator/state/job-status.ts
var SCOPE_VALUES = new Set(JOB_SCOPES);
var CANCELABLE = /* @__PURE__ */ new Set([
  "running",
  "waiting_for_resource",
  "waiting_for_callback",
  "preparing",
  "pending",
  "created",
  "scheduled",
  "manual"
]);
function isCompleted(status) {
  return isFinishedStatus(status);
}
function isCancelable(status) {
  return CANCELABLE.has(status);
}

// src/emulator/http/parse-nested-params.ts
var MAX_DEPTH = 8;
function parseNestedParams(entries) {
  const params = {};
  for (const [name, value] of entries) assign(params, name, value, 0);
  return params;
}
function assign(target, name, value, depth) {
  const match2 = /^[[\]]*([^[\]]+)\]*/.exec(name);
  const key = match2?.[1];
  if (!match2 || key === void 0 || depth > MAX_DEPTH) return;
  const after = name.slice(match2[0].length);
  if (after === "") {
    target[key] = value;
  } else if (after === "[]") {
    const list = Array.isArray(target[key]) ? target[key] : [];
    list.push(value);
    target[key] = list;
  } else if (after.startsWith("[]")) {
    const childName = after.slice(2);
    const childKey = /^\[?([^[\]]+)/.exec(childName)?.[1] ?? "";
    const list = Array.isArray(target[key]) ? target[key] : [];
    const last = list.at(-1);
    if (isHash(last) && !(childKey in last)) assign(last, childName, value, depth + 1);
    else {
      const fresh = {};
      assign(fresh, childName, value, depth + 1);
      list.push(fresh);
    }
    target[key] = list;
  } else {
    const child = isHash(target[key]) ? target[key] : {};
    assign(child, after, value, depth + 1);
    target[key] = child;
  }
}
function isHash(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/emulator/http/ruby-coercion.ts
var TRUE_VALUES = /* @__PURE__ */ new Set([
  "1",
  "on",
  "On",
  "ON",
  "t",
  "true",
  "True",
  "TRUE",
  "T",
  "y",
  "yes",
  "Yes",
  "YES",
  "Y"
]);
var FALSE_VALUES = /* @__PURE__ */ new Set([
  "0",
  "off",
  "Off",
  "OFF",
  "f",
  "false",
  "False",
  "FALSE",
  "F",
  "n",
  "no",
  "No",
  "NO",
  "N"
]);
var INVALID = { ok: false };
function coerceBoolean(input) {
  if (input === "") return { ok: true, value: "" };
  if (typeof input === "boolean") return { ok: true, value: input };
  if (typeof input !== "string" && typeof input !== "number") return INVALID;
  const text = String(input);
  if (TRUE_VALUES.has(text)) return { ok: true, value: true };
  if (FALSE_VALUES.has(text)) return { ok: true, value: false };
  return INVALID;
}
var RUBY_DECIMAL = /^[\t\n\v\f\r ]*([+-]?)(\d+(?:_\d+)*)[\t\n\v\f\r ]*$/;
function coerceInteger(input) {
  if (input === "") return { ok: true, value: "" };
  if (typeof input === "number")
    return Number.isFinite(input) ? { ok: true, value: Math.trunc(input) } : INVALID;
  if (typeof input !== "string") return INVALID;
  const match2 = RUBY_DECIMAL.exec(input);
  if (!match2) return INVALID;
  const value = Number(`${match2[1]}${(match2[2] ?? "").replaceAll("_", "")}`);
  return Number.isSafeInteger(value) ? { ok: true, value } : INVALID;
}
function isRubyTruthy(value) {
  return value !== void 0 && value !== null && value !== false;
}

// src/emulator/http/declared-params.ts
var PAGINATION_PARAMS = [
  { name: "page", type: "integer", default: 1 },
  { name: "per_page", type: "integer", default: 20, exceptValues: [0] }
];
function declareParams(raw2, declarations) {
  const params = { ...raw2 };
  const errors = [];
  for (const declaration of declarations) {
    const { name } = declaration;
    const value = raw2[name];
    if (value === void 0 || value === null) {
      if (declaration.type === "integer" && declaration.required) errors.push(`${name} is missing`);
      else if ("default" in declaration && declaration.default !== void 0)
        params[name] = declaration.default;
      continue;
    }
    const problem = coerceDeclared(declaration, value, params);
    if (problem) errors.push(problem);
  }
  if (errors.length > 0) throw invalidParams(errors.join(", "));
  return params;
}
function coerceDeclared(declaration, value, params) {
  const { name } = declaration;
  switch (declaration.type) {
    case "integer": {
      const coerced = coerceInteger(value);
      if (!coerced.ok) return `${name} is invalid`;
      if (typeof coerced.value === "number" && declaration.exceptValues?.includes(coerced.value))
        return `${name} has a value not allowed`;
      params[name] = coerced.value;
      return void 0;
    }
    case "boolean": {
      const coerced = coerceBoolean(value);
      if (!coerced.ok) return `${name} is invalid`;
      params[name] = coerced.value;
      return void 0;
    }
    case "scope": {
      const list = typeof value === "string" ? [value] : Array.isArray(value) ? value : isHash(value) && declaration.hashes === "values" ? Object.values(value) : ["unknown"];
      if (list.some((item) => typeof item !== "string" || !SCOPE_VALUES.has(item)))
        return `${name} does not have a valid value`;
      params[name] = list;
      return void 0;
    }
    case "key-value-array":
      return coerceKeyValueArray(name, value, params);
  }
}
function coerceKeyValueArray(name, value, params) {
  const items = Array.isArray(value) ? value : isHash(value) ? Object.values(value) : void 0;
  if (!items) return `${name} is invalid`;
  const problems = [];
  const pairs = items.map((item, index) => {
    const entry = isHash(item) ? item : {};
    const read = (field) => {
      const text = entry[field];
      if (text === void 0 || text === null)
        problems.push(`${name}[${index}][${field}] is missing`);
      else if (typeof text === "object") problems.push(`${name}[${index}][${field}] is invalid`);
      else return String(text);
      return "";
    };
    return { key: read("key"), value: read("value") };
  });
  if (problems.length > 0) return problems.join(", ");
  params[name] = pairs;
  return void 0;
}

// src/emulator/http/read-request-params.ts
async function readRequestParams(c) {
  const query = parseNestedParams(new URL(c.req.url).searchParams.entries());
  if (c.req.method === "GET" || c.req.method === "HEAD") return query;
  const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const text = await c.req.text();
  if (text.trim() === "") return query;
  if (type === "application/json" || type.endsWith("+json")) {
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      throw invalidParams("message body does not match declared format");
    }
    return isObject(body) ? { ...query, ...body } : query;
  }
  if (type === "application/x-www-form-urlencoded") {
    return { ...query, ...parseNestedParams(new URLSearchParams(text).entries()) };
  }
  if (type === "multipart/form-data") {
    const form = await new Request("http://form.invalid", {
      method: "POST",
      headers: { "content-type": c.req.header("content-type") ?? "" },
      body: text
    }).formData();
    const entries = [];
    form.forEach((value, key) => {
      if (typeof value === "string") entries.push([key, value]);
    });
    return { ...query, ...parseNestedParams(entries) };
  }
  return query;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/emulator/rate-limit/rate-limited-response.ts
function throttledResponse(hit, now) {
  const resetSeconds = Math.ceil(hit.resetAt / 1e3);
  return new Response("Retry later\n", {
    status: 429,
    headers: {
      "content-type": "text/plain",
      "retry-after": String(Math.max(1, Math.ceil((hit.resetAt - now) / 1e3))),
      "ratelimit-name": "throttle_authenticated_api",
      "ratelimit-limit": String(hit.rule.limit),
      "ratelimit-observed": String(hit.observed),
      "ratelimit-remaining": "0",
      "ratelimit-reset": String(resetSeconds),
      "ratelimit-resettime": new Date(resetSeconds * 1e3).toUTCString()
    }
  });
}
function applicationLimitedResponse() {
  return jsonResponse(
    { message: { error: "This endpoint has been requested too many times. Try again later." } },
    429
  );
}

// src/emulator/rate-limit/throttle-middleware.ts
function throttleMiddleware(runtime) {
  return async function throttle(c, next) {
    const now = runtime.clock.now();
    const path = new URL(c.req.url).pathname;
    const hit = runtime.rateLimiter.hit("throttle", c.req.method, path, c.var.caller, now);
    if (hit) return throttledResponse(hit, now);
    return next();
  };
}

// src/emulator/auth/request-token-fingerprint.ts
async function requestTokenFingerprint(token) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return [...new Uint8Array(digest).slice(0, 6)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

// src/emulator/request-log/request-log-middleware.ts
function requestLogMiddleware(runtime) {
  return async function logRequest(c, next) {
    const arrivedAt = runtime.clock.now();
    c.set("arrivedAt", arrivedAt);
    const url = new URL(c.req.url);
    const credential = extractCredential(c.req.raw);
    const fingerprint = credential.token ? await requestTokenFingerprint(credential.token) : null;
    const entry = runtime.requestLog.record({
      at: new Date(arrivedAt).toISOString(),
      method: c.req.method,
      path: url.pathname,
      query: redactedQuery(url.searchParams),
      status: null,
      authKind: authKindOf(runtime.state, credential),
      tokenFingerprint: fingerprint,
      tokenInQuery: credential.tokenInQuery,
      fault: null,
      applied: false
    });
    c.set("credential", credential);
    c.set("logEntry", entry);
    c.set("caller", fingerprint ?? "anonymous");
    await next();
    const signal = faultSignalOf(c.res);
    entry.status = signal === "refuse" || signal === "reset" ? null : c.res.status;
  };
}
function redactedQuery(params) {
  const query = {};
  for (const [key, raw2] of params) {
    const value = TOKEN_QUERY_PARAMS.has(key) ? "[REDACTED]" : raw2;
    const existing = query[key];
    query[key] = existing === void 0 ? value : [...Array.isArray(existing) ? existing : [existing], value];
  }
  return query;
}

// src/emulator/state/job-transitions.ts
function startJob(state, job, at) {
  if (job.spec.waitingForResourceMs > 0) enterPhase(state, job, "waiting_for_resource", at);
  else if (job.spec.preparingMs > 0) enterPhase(state, job, "preparing", at);
  else enterPhase(state, job, "pending", at);
}
function stopJob(state, job, status, at, failureReason = null) {
  state.unschedule(job);
  if (status !== "canceling") state.revokeJobToken(job);
  const wasRunning = job.startedAt !== null;
  job.status = status;
  job.updatedAt = at;
  job.failureReason = status === "failed" ? failureReason : null;
  job.traceEndAt ??= at;
  if (status === "canceling") {
    state.schedule(job, "canceled", at + job.spec.cancelGraceMs);
    return;
  }
  if (status !== "skipped") job.finishedAt = at;
  if (wasRunning && (status === "success" || status === "failed")) job.artifactsUploaded = true;
}
function enterPhase(state, job, status, at) {
  job.status = status;
  job.updatedAt = at;
  const spec = job.spec;
  switch (status) {
    case "waiting_for_resource":
      state.schedule(
        job,
        spec.preparingMs > 0 ? "preparing" : "pending",
        at + spec.waitingForResourceMs
      );
      break;
    case "preparing":
      state.schedule(job, "pending", at + spec.preparingMs);
      break;
    case "pending":
      job.queuedAt = at;
      state.schedule(job, job.kind === "bridge" ? "trigger" : "running", at + spec.queueMs);
      break;
    case "running":
      job.startedAt = at;
      state.issueJobToken(job);
      state.schedule(job, "finish", at + spec.durationMs);
      break;
  }
}

// src/emulator/state/pipeline-status.ts
function pipelineStatus(state, pipeline) {
  const set = /* @__PURE__ */ new Set();
  for (const job of state.pipelineJobs(pipeline)) {
    if (job.retried) continue;
    if (job.spec.allowFailure && job.status === "failed") set.add("success_with_warnings");
    else if (job.spec.allowFailure && (job.status === "manual" || job.status === "canceled"))
      set.add("ignored");
    else set.add(job.status);
  }
  const only = (...allowed) => [...set].every((status) => allowed.includes(status));
  const any = (...wanted) => wanted.some((status) => set.has(status));
  if (set.size === 0 || only("skipped", "ignored")) return "skipped";
  if (only("success", "skipped", "success_with_warnings", "ignored")) return "success";
  if (only("created", "success_with_warnings", "ignored")) return "created";
  if (only("preparing", "success_with_warnings", "ignored")) return "preparing";
  if (only("canceled", "success", "skipped", "success_with_warnings", "ignored")) return "canceled";
  if (only("pending", "created", "skipped", "success_with_warnings", "ignored")) return "pending";
  if (any("running", "pending")) return "running";
  if (any("waiting_for_resource")) return "waiting_for_resource";
  if (any("manual")) return "manual";
  if (any("scheduled")) return "scheduled";
  if (any("preparing")) return "preparing";
  if (any("created")) return "running";
  if (any("canceling")) return "canceling";
  return "failed";
}
function pipelineUpdatedAt(state, pipeline) {
  let updated = pipeline.createdAt;
  for (const job of state.pipelineJobs(pipeline)) updated = Math.max(updated, job.updatedAt);
  return updated;
}

// src/emulator/state/settle-pipeline.ts
function settlePipeline(state, pipeline, at) {
  let changed = true;
  while (changed) {
    changed = false;
    const latest = latestByName(state, pipeline);
    for (const job of latest.values()) {
      if (job.status !== "created") continue;
      const verdict = readiness(pipeline, latest, job);
      if (verdict === "waiting") continue;
      changed = true;
      release(state, job, verdict === "failed", at);
    }
  }
  mirrorToUpstream(state, pipeline, at);
}
function mirrorToUpstream(state, pipeline, at) {
  const bridge = state.jobs.get(pipeline.upstreamBridgeId ?? -1);
  if (bridge?.status !== "running" || bridge.spec.trigger?.strategy !== "depend") return;
  const status = pipelineStatus(state, pipeline);
  if (status === "success") stopJob(state, bridge, "success", at);
  else if (status === "canceled") stopJob(state, bridge, "canceled", at);
  else if (status === "failed" || status === "skipped")
    stopJob(state, bridge, "failed", at, "unknown_failure");
  else return;
  settlePipeline(state, state.pipeline(bridge.pipelineId), at);
}
function latestByName(state, pipeline) {
  const latest = /* @__PURE__ */ new Map();
  for (const job of state.pipelineJobs(pipeline)) if (!job.retried) latest.set(job.spec.name, job);
  return latest;
}
function readiness(pipeline, latest, job) {
  const byNeeds = job.spec.needs !== null;
  const stageIndex = pipeline.stages.indexOf(job.spec.stage);
  const blockers = byNeeds ? (job.spec.needs ?? []).flatMap((name) => latest.get(name) ?? []) : [...latest.values()].filter(
    (other) => pipeline.stages.indexOf(other.spec.stage) < stageIndex
  );
  let failed = false;
  for (const blocker of blockers) {
    const { status } = blocker;
    if (status === "success") continue;
    if (status === "failed" && blocker.spec.allowFailure) continue;
    if (status === "skipped" && !byNeeds) continue;
    if (status === "manual" && !byNeeds && blocker.spec.allowFailure) continue;
    if (!isCompleted(status)) return "waiting";
    failed = true;
  }
  return failed ? "failed" : "ok";
}
function release(state, job, blockersFailed, at) {
  const when = job.spec.when;
  const runs = when === "always" || (when === "on_failure" ? blockersFailed : !blockersFailed);
  if (!runs) {
    stopJob(state, job, "skipped", at);
    return;
  }
  job.updatedAt = at;
  if (when === "manual") job.status = "manual";
  else if (when === "delayed") {
    job.status = "scheduled";
    state.schedule(job, "start", at + job.spec.startInMs);
  } else startJob(state, job, at);
}

// src/emulator/state/sha-for.ts
function shaFor(seed) {
  let hex2 = "";
  let hash = 2166136261;
  for (let round = 0; hex2.length < 40; round++) {
    for (const char of `${seed}:${round}`) {
      hash ^= char.charCodeAt(0);
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    hex2 += hash.toString(16).padStart(8, "0");
  }
  return hex2.slice(0, 40);
}

// src/emulator/state/create-pipeline.ts
function createPipeline(state, spec, at, upstreamBridge) {
  const id = state.allocatePipelineId();
  const project = state.project(spec.projectId);
  const author = state.user(spec.userId);
  const pipeline = {
    id,
    iid: state.allocateIid(spec.projectId),
    projectId: spec.projectId,
    ref: spec.ref,
    tag: spec.tag,
    sha: spec.sha ?? shaFor(`${project.fullPath}#${id}`),
    source: spec.source,
    userId: spec.userId,
    createdAt: at,
    archived: spec.archived,
    stages: spec.stages ?? [...new Set(spec.jobs.map((job) => job.stage))],
    commit: {
      title: spec.commit.title ?? `Update ${spec.ref}`,
      message: spec.commit.message ?? spec.commit.title ?? `Update ${spec.ref}`,
      authorName: spec.commit.authorName ?? author?.name ?? "Administrator",
      authorEmail: spec.commit.authorEmail ?? author?.email ?? "admin@example.com"
    },
    jobIds: [],
    upstreamBridgeId: upstreamBridge?.id ?? null
  };
  state.pipelines.set(id, pipeline);
  for (const jobSpec of spec.jobs) addJob(state, pipeline, jobSpec, at, 0, null);
  settlePipeline(state, pipeline, at);
  return pipeline;
}
function addJob(state, pipeline, spec, at, attempt, retryOf) {
  const userId = spec.userId === void 0 ? pipeline.userId : spec.userId;
  const job = {
    id: state.allocateJobId(),
    kind: spec.trigger ? "bridge" : "build",
    projectId: pipeline.projectId,
    pipelineId: pipeline.id,
    spec,
    attempt,
    status: "created",
    userId,
    createdAt: at,
    updatedAt: at,
    queuedAt: null,
    startedAt: null,
    finishedAt: null,
    erasedAt: null,
    erasedByUserId: null,
    failureReason: null,
    next: null,
    retried: false,
    retryOfId: retryOf?.id ?? null,
    token: null,
    playVariables: null,
    playedByUserId: null,
    traceEndAt: null,
    artifactsUploaded: false,
    downstreamPipelineId: null
  };
  state.jobs.set(job.id, job);
  pipeline.jobIds.push(job.id);
  return job;
}

// src/emulator/state/trigger-downstream.ts
function triggerDownstream(state, bridge, at) {
  const spec = bridge.spec.trigger;
  if (!spec) return;
  const upstream = state.pipeline(bridge.pipelineId);
  bridge.startedAt = at;
  bridge.updatedAt = at;
  if (spec.strategy === "depend") bridge.status = "running";
  const downstream = createPipeline(
    state,
    {
      projectId: spec.projectId,
      ref: spec.ref ?? "main",
      tag: false,
      sha: null,
      source: spec.projectId === upstream.projectId ? "parent_pipeline" : "pipeline",
      userId: bridge.userId,
      archived: false,
      stages: null,
      commit: { title: null, message: null, authorName: null, authorEmail: null },
      jobs: spec.jobs
    },
    at,
    bridge
  );
  bridge.downstreamPipelineId = downstream.id;
  if (spec.strategy !== "depend") stopJob(state, bridge, "success", at);
}

// src/emulator/state/sync-state.ts
function syncState(state, now) {
  for (; ; ) {
    const upcoming = state.upcomingPipelines[0];
    const job = earliestDue(state);
    const jobAt = job?.next?.at ?? Number.POSITIVE_INFINITY;
    const pipelineAt = upcoming?.at ?? Number.POSITIVE_INFINITY;
    if (Math.min(jobAt, pipelineAt) > now) return;
    if (upcoming && pipelineAt <= jobAt) {
      state.upcomingPipelines.shift();
      createPipeline(state, upcoming.spec, upcoming.at, null);
    } else if (job) {
      fireTransition(state, job, jobAt);
    }
  }
}
function earliestDue(state) {
  let best;
  for (const job of state.active) {
    const next = job.next;
    if (!next) continue;
    const bestAt = best?.next?.at ?? Number.POSITIVE_INFINITY;
    if (next.at < bestAt || next.at === bestAt && best && job.id < best.id) best = job;
  }
  return best;
}
function fireTransition(state, job, at) {
  const to = job.next?.to;
  state.unschedule(job);
  switch (to) {
    case "start":
      startJob(state, job, at);
      break;
    case "preparing":
    case "pending":
    case "running":
      enterPhase(state, job, to, at);
      break;
    case "trigger":
      triggerDownstream(state, job, at);
      break;
    case "finish": {
      const results = job.spec.results;
      const result = results[Math.min(job.attempt, results.length - 1)] ?? "success";
      stopJob(state, job, result, at, job.spec.failureReason);
      break;
    }
    case "canceled":
      stopJob(state, job, "canceled", at);
      break;
    default:
      return;
  }
  settlePipeline(state, state.pipeline(job.pipelineId), at);
}

// src/emulator/state/artifacts-uploaded-at.ts
function artifactsUploadedAt(job, now) {
  if (job.erasedAt !== null) return null;
  const uploadAfter = job.spec.artifactsUploadAtMs;
  if (uploadAfter !== null && job.startedAt !== null) {
    const at = job.startedAt + uploadAfter;
    if (at <= now && (job.finishedAt === null || at <= job.finishedAt)) return at;
  }
  return job.artifactsUploaded ? job.finishedAt : null;
}

// src/emulator/trace/generated-trace-stream.ts
var FILLER = "jobrelay emulator generated log line: the quick brown fox jumps over the lazy dog. ";
var TARGET_CHUNK_BYTES = 64 * 1024;
var NUMBER_WIDTH = 10;
function generatedTraceStream(length, lineLength) {
  const linesPerChunk = Math.max(1, Math.floor(TARGET_CHUNK_BYTES / lineLength));
  const template = chunkTemplate(linesPerChunk, lineLength);
  let position = 0;
  let line = 0;
  return new ReadableStream(
    {
      pull(controller) {
        if (position >= length) {
          controller.close();
          return;
        }
        const size = Math.min(template.length, length - position);
        const chunk = template.slice(0, size);
        const lines = Math.ceil(size / lineLength);
        for (let index = 0; index < lines; index++) {
          writeNumber(chunk, index * lineLength, line + index + 1);
        }
        line += lines;
        position += size;
        controller.enqueue(chunk);
      }
    },
    { highWaterMark: 0 }
  );
}
function generatedLineText(lineNumber, lineLength) {
  const number2 = String(lineNumber).padStart(NUMBER_WIDTH, "0");
  return `${number2} ${fillerOf(lineLength - NUMBER_WIDTH - 2)}
`.slice(0, lineLength);
}
function chunkTemplate(lines, lineLength) {
  const line = new TextEncoder().encode(generatedLineText(0, lineLength));
  const template = new Uint8Array(lines * lineLength);
  for (let index = 0; index < lines; index++) template.set(line, index * lineLength);
  return template;
}
function writeNumber(chunk, offset, value) {
  let rest = value;
  for (let digit = NUMBER_WIDTH - 1; digit >= 0; digit--) {
    const at = offset + digit;
    if (at < chunk.length) chunk[at] = 48 + rest % 10;
    rest = Math.floor(rest / 10);
  }
}
function fillerOf(length) {
  if (length <= 0) return "";
  return FILLER.repeat(Math.ceil(length / FILLER.length)).slice(0, length);
}

// src/emulator/state/pipeline-variables.ts
function pipelineVariables(state, pipeline) {
  if (pipeline.variables) return pipeline.variables;
  const bridge = state.jobs.get(pipeline.upstreamBridgeId ?? -1);
  if (bridge?.kind !== "bridge") return [];
  return Object.entries(bridge.spec.variables).map(([key, value]) => ({
    key,
    value,
    variableType: "env_var"
  }));
}

// src/emulator/trace/job-variables.ts
var MASKED = "[MASKED]";
function jobVariables(state, job) {
  const pipeline = state.pipeline(job.pipelineId);
  const project = state.project(job.projectId);
  const user = state.user(job.userId);
  const variables = /* @__PURE__ */ new Map([
    ["CI", "true"],
    ["GITLAB_CI", "true"],
    ["CI_JOB_ID", String(job.id)],
    ["CI_JOB_NAME", job.spec.name],
    ["CI_JOB_STAGE", job.spec.stage],
    ["CI_JOB_TOKEN", MASKED],
    ["CI_PIPELINE_ID", String(pipeline.id)],
    ["CI_PIPELINE_IID", String(pipeline.iid)],
    ["CI_PIPELINE_SOURCE", pipeline.source],
    ["CI_PROJECT_ID", String(project.id)],
    ["CI_PROJECT_PATH", project.fullPath],
    ["CI_PROJECT_NAME", project.path],
    ["CI_PROJECT_NAMESPACE", project.namespacePath],
    ["CI_COMMIT_REF_NAME", pipeline.ref],
    [pipeline.tag ? "CI_COMMIT_TAG" : "CI_COMMIT_BRANCH", pipeline.ref],
    ["CI_COMMIT_SHA", pipeline.sha],
    ["CI_COMMIT_SHORT_SHA", pipeline.sha.slice(0, 8)]
  ]);
  if (job.spec.when === "manual") variables.set("CI_JOB_MANUAL", "true");
  if (job.spec.environment) {
    variables.set("CI_ENVIRONMENT_NAME", job.spec.environment.name);
    variables.set("CI_ENVIRONMENT_TIER", job.spec.environment.tier);
  }
  if (user) {
    variables.set("GITLAB_USER_ID", String(user.id));
    variables.set("GITLAB_USER_LOGIN", user.username);
    variables.set("GITLAB_USER_NAME", user.name);
  }
  for (const [key, value] of Object.entries(job.spec.variables)) variables.set(key, value);
  for (const [key, value] of Object.entries(state.settings.instanceVariables))
    variables.set(key, value);
  for (const { key, value, variableType } of pipelineVariables(state, pipeline))
    variables.set(key, variableType === "file" ? `/builds/${project.fullPath}.tmp/${key}` : value);
  for (const { key, value } of job.playVariables ?? []) variables.set(key, value);
  return variables;
}
var TRUE_TEXT = /* @__PURE__ */ new Set(["true", "t", "yes", "y", "1", "on"]);
function isDebugMode(state, job) {
  if (job.spec.debugTrace) return true;
  const variables = jobVariables(state, job);
  return ["CI_DEBUG_SERVICES", "CI_DEBUG_TRACE"].some(
    (key) => TRUE_TEXT.has((variables.get(key) ?? "").toLowerCase())
  );
}
var REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*)|(\$))/g;
function expandVariables(text, variables) {
  if (!text.includes("$")) return text;
  return text.replace(
    REFERENCE,
    (_match, braced, fallback, bare, dollar) => {
      if (dollar) return "$";
      const value = variables.get(braced ?? bare) ?? "";
      return value === "" && fallback !== void 0 ? fallback : value;
    }
  );
}

// src/emulator/trace/compile-trace.ts
var COLOR_CODES = {
  red: "\x1B[31;1m",
  green: "\x1B[32;1m",
  yellow: "\x1B[0;33m",
  blue: "\x1B[34;1m",
  magenta: "\x1B[35;1m",
  cyan: "\x1B[36;1m",
  bold: "\x1B[1m"
};
var ANSI_RESET = "\x1B[0;m";
var DEFAULT_LINE_LENGTH = 120;
function compileTrace(trace) {
  if (trace === void 0) return { kind: "script", chunks: [] };
  if (!Array.isArray(trace)) {
    const { bytes, lineLength, bytesPerSecond } = trace.generate;
    return {
      kind: "generated",
      bytes,
      lineLength: lineLength ?? DEFAULT_LINE_LENGTH,
      bytesPerSecond: bytesPerSecond ?? null
    };
  }
  const chunks = [];
  compileEntries(trace, chunks, 0);
  return { kind: "script", chunks };
}
function colorize(text, color) {
  const code = color === void 0 ? void 0 : COLOR_CODES[color];
  return code ? `${code}${text}${ANSI_RESET}` : text;
}
function compileEntries(entries, chunks, cursor) {
  let at = cursor;
  for (const entry of entries) {
    if (typeof entry === "string") {
      chunks.push({ at, kind: "line", text: entry });
    } else if ("text" in entry) {
      at = later(at, entry.at);
      chunks.push({ at, kind: "line", text: colorize(entry.text, entry.color) });
    } else {
      at = later(at, entry.at);
      chunks.push({
        at,
        kind: "section_start",
        name: entry.section,
        header: entry.header,
        collapsed: entry.collapsed ?? false
      });
      at = compileEntries(entry.lines ?? [], chunks, at);
      at = later(at, entry.endAt);
      chunks.push({ at, kind: "section_end", name: entry.section });
    }
  }
  return at;
}
function later(cursor, at) {
  const ms2 = at === void 0 ? void 0 : parseDuration(at);
  return ms2 === void 0 ? cursor : Math.max(cursor, ms2);
}

// src/emulator/trace/render-trace-script.ts
var ERASE_LINE = "\x1B[0K";
function renderTraceScript(chunks, startedAt, untilOffset, variables = /* @__PURE__ */ new Map()) {
  let text = "";
  for (const chunk of chunks) {
    if (chunk.at > untilOffset) break;
    text += `${renderChunk(chunk, startedAt, variables)}
`;
  }
  return text;
}
function renderChunk(chunk, startedAt, variables) {
  const unix = Math.floor((startedAt + chunk.at) / 1e3);
  switch (chunk.kind) {
    case "line":
      return expandVariables(chunk.text, variables);
    case "section_start": {
      const options = chunk.collapsed ? "[collapsed=true]" : "";
      return `${ERASE_LINE}section_start:${unix}:${chunk.name}${options}\r${ERASE_LINE}\x1B[36;1m${chunk.header}${ANSI_RESET}`;
    }
    case "section_end":
      return `${ERASE_LINE}section_end:${unix}:${chunk.name}\r${ERASE_LINE}`;
  }
}

// src/emulator/trace/job-trace.ts
function jobTrace(state, job, now) {
  const until = visibleUntil(job, now);
  if (until === null) return { body: "", length: 0 };
  const trace = job.spec.trace;
  if (trace.kind === "script") {
    const text = renderTraceScript(
      trace.chunks,
      job.startedAt ?? now,
      until,
      jobVariables(state, job)
    );
    return { body: text, length: new TextEncoder().encode(text).length };
  }
  const length = generatedLength(job, until);
  return { body: generatedTraceStream(length, trace.lineLength), length };
}
function finalTraceSize(state, job) {
  const trace = job.spec.trace;
  if (trace.kind === "generated") return generatedLength(job, Number.POSITIVE_INFINITY);
  const text = renderTraceScript(
    trace.chunks,
    job.startedAt ?? 0,
    visibleUntil(job, Number.POSITIVE_INFINITY) ?? -1,
    jobVariables(state, job)
  );
  return new TextEncoder().encode(text).length;
}
function visibleUntil(job, now) {
  if (job.erasedAt !== null || job.startedAt === null || job.kind === "bridge") return null;
  if (job.status === "success" || job.status === "failed") return Number.POSITIVE_INFINITY;
  return Math.min(now, job.traceEndAt ?? now) - job.startedAt;
}
function generatedLength(job, until) {
  const trace = job.spec.trace;
  if (trace.kind !== "generated") return 0;
  if (until === Number.POSITIVE_INFINITY) return trace.bytes;
  const perSecond = trace.bytesPerSecond ?? trace.bytes * 1e3 / Math.max(1, job.spec.durationMs);
  return Math.max(0, Math.min(trace.bytes, Math.floor(perSecond * until / 1e3)));
}

// src/emulator/present/iso-time.ts
function isoTime(ms2) {
  return ms2 === null ? null : new Date(ms2).toISOString();
}
function seconds(from, to) {
  return from === null ? null : Math.max(0, to - from) / 1e3;
}

// src/emulator/present/present-commit.ts
function presentCommit(pipeline, project, baseUrl) {
  const date = isoTime(pipeline.createdAt - 6e4);
  const { commit } = pipeline;
  return {
    id: pipeline.sha,
    short_id: pipeline.sha.slice(0, 8),
    created_at: date,
    parent_ids: [shaFor(`${pipeline.sha}^`)],
    title: commit.title,
    message: commit.message,
    author_name: commit.authorName,
    author_email: commit.authorEmail,
    authored_date: date,
    committer_name: commit.authorName,
    committer_email: commit.authorEmail,
    committed_date: date,
    trailers: {},
    extended_trailers: {},
    web_url: `${baseUrl}/${project.fullPath}/-/commit/${pipeline.sha}`
  };
}

// src/emulator/present/present-pipeline.ts
function presentPipeline(context, pipeline) {
  const project = context.state.project(pipeline.projectId);
  return {
    id: pipeline.id,
    iid: pipeline.iid,
    project_id: pipeline.projectId,
    sha: pipeline.sha,
    ref: pipeline.ref,
    status: pipelineStatus(context.state, pipeline),
    source: pipeline.source,
    created_at: isoTime(pipeline.createdAt),
    updated_at: isoTime(pipelineUpdatedAt(context.state, pipeline)),
    web_url: `${context.baseUrl}/${project.fullPath}/-/pipelines/${pipeline.id}`
  };
}

// src/emulator/present/present-user.ts
function presentUser(user, baseUrl) {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    state: "active",
    locked: false,
    avatar_url: `https://www.gravatar.com/avatar/${shaFor(user.email).slice(0, 32)}?s=80&d=identicon`,
    web_url: `${baseUrl}/${user.username}`,
    created_at: isoTime(user.createdAt),
    bio: "",
    location: "",
    public_email: "",
    skype: "",
    linkedin: "",
    twitter: "",
    discord: "",
    website_url: "",
    organization: "",
    job_title: "",
    pronouns: null,
    bot: false,
    work_information: null,
    followers: 0,
    following: 0,
    local_time: null
  };
}

// src/emulator/present/present-job-basic.ts
function presentJobBasic(context, job) {
  const { state, now, baseUrl } = context;
  const pipeline = state.pipeline(job.pipelineId);
  const project = state.project(job.projectId);
  const user = state.user(job.userId);
  const basic = {
    id: job.id,
    status: job.status,
    stage: job.spec.stage,
    name: job.spec.name,
    ref: pipeline.ref,
    tag: pipeline.tag,
    // Coverage is parsed from the log, so it exists only once a job has run to an end.
    coverage: job.startedAt !== null && job.finishedAt !== null ? job.spec.coverage : null,
    allow_failure: job.spec.allowFailure,
    created_at: isoTime(job.createdAt),
    started_at: isoTime(job.startedAt),
    finished_at: isoTime(job.finishedAt),
    erased_at: isoTime(job.erasedAt),
    // A running job's duration keeps counting, as GitLab computes it against the current time.
    duration: seconds(job.startedAt, job.finishedAt ?? now),
    // calculate_duration(queued_at, started_at) counts to now while started_at is nil, even for a
    // job canceled before it started (Ci::HasStatus, gitlabhq/gitlabhq read_file id 519667337).
    queued_duration: seconds(job.queuedAt, job.startedAt ?? now),
    user: user ? presentUser(user, baseUrl) : null,
    commit: presentCommit(pipeline, project, baseUrl),
    pipeline: presentPipeline(context, pipeline)
  };
  if (job.status === "failed") basic.failure_reason = job.failureReason ?? "unknown_failure";
  basic.web_url = `${baseUrl}/${project.fullPath}/-/jobs/${job.id}`;
  basic.project = { ci_job_token_scope_enabled: project.ciJobTokenScopeEnabled };
  return basic;
}

// src/emulator/present/present-bridge.ts
function presentBridge(context, bridge) {
  const downstream = context.state.pipelines.get(bridge.downstreamPipelineId ?? -1);
  return {
    ...presentJobBasic(context, bridge),
    downstream_pipeline: downstream ? presentPipeline(context, downstream) : null
  };
}

// src/emulator/present/runner-created-at.ts
function runnerCreatedAt(state) {
  let earliest2 = Number.POSITIVE_INFINITY;
  for (const project of state.projects.values()) earliest2 = Math.min(earliest2, project.createdAt);
  return Number.isFinite(earliest2) ? earliest2 : 0;
}

// src/emulator/present/runner-is-running-a-job.ts
function runnerIsRunningAJob(state, runnerId) {
  for (const job of state.active)
    if (job.kind === "build" && job.status === "running" && job.spec.runner.id === runnerId)
      return true;
  return false;
}

// src/emulator/present/present-runner.ts
function presentRunner(state, job) {
  const { runner } = job.spec;
  return {
    id: runner.id,
    description: runner.description,
    ip_address: null,
    active: true,
    paused: false,
    is_shared: true,
    runner_type: "instance_type",
    name: runner.name,
    online: true,
    created_at: isoTime(runnerCreatedAt(state)),
    status: "online",
    job_execution_status: runnerIsRunningAJob(state, runner.id) ? "active" : "idle"
  };
}

// src/emulator/present/present-runner-manager.ts
function presentRunnerManager(state, job, now) {
  const { runner } = job.spec;
  return {
    id: runner.id,
    system_id: `s_${String(runner.id).padStart(12, "0")}`,
    version: "17.11.0",
    revision: "0f67ff19",
    platform: "linux",
    architecture: "amd64",
    created_at: isoTime(runnerCreatedAt(state)),
    contacted_at: isoTime(Math.min(now, job.finishedAt ?? now)),
    ip_address: "127.0.0.1",
    status: "online",
    job_execution_status: runnerIsRunningAJob(state, runner.id) ? "active" : "idle"
  };
}

// src/emulator/present/present-job.ts
function presentJob(context, job) {
  if (job.kind === "bridge") return presentBridge(context, job);
  const pipeline = context.state.pipeline(job.pipelineId);
  const uploadedAt = artifactsUploadedAt(job, context.now);
  const artifacts = jobArtifacts(context.state, job, uploadedAt !== null);
  const archive = artifacts.find((artifact) => artifact.file_type === "archive");
  const expireIn2 = job.spec.artifactsExpireInMs;
  const expireAt = uploadedAt !== null && expireIn2 !== null ? uploadedAt + expireIn2 : null;
  const presented = presentJobBasic(context, job);
  if (archive && (expireAt === null || expireAt > context.now))
    presented.artifacts_file = { filename: archive.filename, size: archive.size };
  presented.artifacts = artifacts;
  const hasRunner = job.startedAt !== null;
  presented.runner = hasRunner ? presentRunner(context.state, job) : null;
  presented.runner_manager = hasRunner ? presentRunnerManager(context.state, job, context.now) : null;
  presented.artifacts_expire_at = isoTime(expireAt);
  presented.archived = pipeline.archived;
  presented.tag_list = [...job.spec.tags].sort();
  return presented;
}
function jobArtifacts(state, job, uploaded) {
  if (job.erasedAt !== null) return [];
  const artifacts = uploaded ? job.spec.artifacts.map((artifact) => ({
    file_type: artifact.fileType,
    size: artifact.size,
    filename: artifact.filename,
    file_format: artifact.fileFormat
  })) : [];
  if (isCompleted(job.status) && job.startedAt !== null) {
    const size = finalTraceSize(state, job);
    if (size > 0)
      artifacts.push({ file_type: "trace", size, filename: "job.log", file_format: "raw" });
  }
  return artifacts;
}

// src/emulator/state/access.ts
var ADMIN_LEVEL = 60;
function accessLevel(project, user) {
  if (!user) return 0;
  if (user.admin) return ADMIN_LEVEL;
  return project.members.get(user.id) ?? 0;
}
function canSeeProject(project, user) {
  return project.visibility !== "private" || accessLevel(project, user) > 0;
}
function canReadJobs(project, user) {
  if (accessLevel(project, user) >= 20) return true;
  return project.publicBuilds && canSeeProject(project, user);
}
function canReadPipelines(project, user) {
  const level = accessLevel(project, user);
  if (level >= 20 || project.publicBuilds && level >= 10) return true;
  return project.visibility !== "private" && canSeeProject(project, user);
}
function canUpdateJobs(project, user) {
  return accessLevel(project, user) >= 30;
}
function canEraseJob(state, project, user, job) {
  const level = accessLevel(project, user);
  const allowed = level >= 40 || level >= 30 && user !== void 0 && job.userId === user.id;
  return allowed && canUpdateJobRef(state, project, user, job);
}
function canWriteJob(state, project, user, job) {
  return canUpdateJobs(project, user) && canUpdateJobRef(state, project, user, job);
}
function canUpdateDownstream(state, bridge, user) {
  const trigger = bridge.spec.trigger;
  if (!trigger) return true;
  const downstream = state.project(trigger.projectId);
  const ref = trigger.ref ?? state.pipeline(bridge.pipelineId).ref;
  return canUpdateJobs(downstream, user) && mayUpdateRef(downstream, user, ref, false);
}
function canUpdateJobRef(state, project, user, job) {
  const pipeline = state.pipeline(job.pipelineId);
  return mayUpdateRef(project, user, pipeline.ref, pipeline.tag);
}
function mayUpdateRef(project, user, ref, tag) {
  const rules = project.protectedRefs.filter(
    (rule) => rule.tag === tag && refMatches(rule.name, ref)
  );
  if (rules.length === 0) return true;
  const level = accessLevel(project, user);
  return user?.admin === true || rules.some((rule) => level >= rule.minimumLevel);
}
function refMatches(pattern, ref) {
  if (!pattern.includes("*")) return pattern === ref;
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
  return new RegExp(`^${escaped}$`).test(ref);
}
function jobTokenAdmits(target, source) {
  return target.id === source.id || !target.jobTokenScopeEnabled || target.jobTokenAllowlist.has(source.id);
}
function canSetPipelineVariables(project, user) {
  return accessLevel(project, user) >= project.pipelineVariablesMinimumLevel;
}
function canReadJobArtifacts(project, user, job) {
  const access = job.spec.artifactsAccess ?? "all";
  if (access === "none" || !canReadJobs(project, user)) return false;
  if (access === "developer") return accessLevel(project, user) >= 30;
  if (access === "maintainer") return accessLevel(project, user) >= 40;
  return true;
}
function canUpdatePipeline(project, user, pipeline) {
  return canUpdateJobs(project, user) && mayUpdateRef(project, user, pipeline.ref, pipeline.tag);
}
function canReadPipelineVariables(project, user, pipeline) {
  if (accessLevel(project, user) >= 40) return true;
  return user !== void 0 && pipeline.userId === user.id && canUpdatePipeline(project, user, pipeline);
}
function canRunPipelineOnRef(project, user, ref, tag) {
  return mayUpdateRef(project, user, ref, tag);
}

// src/emulator/state/access-levels.ts
var ACCESS_LEVELS = {
  guest: 10,
  planner: 15,
  reporter: 20,
  developer: 30,
  maintainer: 40,
  owner: 50
};
function rolesUpTo(level) {
  return Object.entries(ACCESS_LEVELS).filter(([, roleLevel]) => roleLevel <= level).map(([role]) => role);
}

// src/emulator/state/cancel-job.ts
function cancelJob(state, job, at) {
  if (!isCancelable(job.status)) return;
  const graceful = job.status === "running" && job.spec.cancelGraceMs > 0;
  stopJob(state, job, graceful ? "canceling" : "canceled", at);
  settlePipeline(state, state.pipeline(job.pipelineId), at);
}
function forceCancelJob(state, job, at) {
  if (job.status !== "canceling") return;
  stopJob(state, job, "canceled", at);
  settlePipeline(state, state.pipeline(job.pipelineId), at);
}

// src/emulator/api/find-project-job.ts
var JOB_ID_PARAM = { name: "job_id", type: "integer", required: true };
function readJobId(context) {
  return Number(context.params.job_id);
}
function findProjectJob(context, project, id, kinds) {
  const job = context.state.jobs.get(id);
  if (!job || job.projectId !== project.id || kinds === "builds" && job.kind !== "build") {
    throw recordNotFound();
  }
  return job;
}

// src/emulator/api/load-project.ts
function loadProject(context, need) {
  const ref = context.c.req.param("id");
  if (!ref) throw badRequest("id is missing");
  const { identity, state } = context;
  const project = state.findProject(ref);
  if (!project) throw notFound("Project");
  const user = identity.user;
  if (identity.kind === "job") {
    const source = state.project(identity.job.projectId);
    if (!jobTokenAdmits(project, source) || !canSeeProject(project, user)) {
      throw forbidden(
        `Authentication by CI/CD job token not allowed from ${source.path} to ${project.path}.`
      );
    }
  } else if (!canSeeProject(project, user)) {
    throw notFound("Project");
  }
  if (need === "visible") return project;
  if (!canReadJobs(project, user)) throw forbidden();
  if (need === "update" && !canUpdateJobs(project, user)) throw forbidden();
  return project;
}

// src/emulator/api/cancel-job-route.ts
var cancelJobRoute = {
  method: "POST",
  path: "/projects/:id/jobs/:job_id/cancel",
  jobTokens: "never",
  params: [JOB_ID_PARAM, { name: "force", type: "boolean" }],
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, "update");
    const job = findProjectJob(context, project, jobId, "builds");
    if (!canWriteJob(context.state, project, context.identity.user, job)) throw forbidden();
    if (isRubyTruthy(context.params.force)) {
      if (accessLevel(project, context.identity.user) < ACCESS_LEVELS.maintainer) throw forbidden();
      forceCancelJob(context.state, job, context.now);
    } else {
      cancelJob(context.state, job, context.now);
    }
    return context.c.json(presentJob(context.present, job), 201);
  }
};

// src/emulator/present/present-pipeline-status.ts
var STATUSES = {
  created: ["Created", "created", "status_created", "created"],
  waiting_for_resource: [
    "Waiting",
    "waiting for resource",
    "status_pending",
    "waiting-for-resource"
  ],
  waiting_for_callback: [
    "Waiting",
    "waiting for callback",
    "status_pending",
    "waiting-for-callback"
  ],
  preparing: ["Preparing", "preparing", "status_preparing", "preparing"],
  pending: ["Pending", "pending", "status_pending", "pending"],
  running: ["Running", "running", "status_running", "running"],
  success: ["Passed", "passed", "status_success", "success"],
  failed: ["Failed", "failed", "status_failed", "failed"],
  canceling: ["Canceling", "canceling", "status_canceled", "canceling"],
  canceled: ["Canceled", "canceled", "status_canceled", "canceled"],
  skipped: ["Skipped", "skipped", "status_skipped", "skipped"],
  // Gitlab::Ci::Status::Pipeline::Blocked and ::Delayed extend the manual and scheduled statuses.
  manual: ["Blocked", "waiting for manual action", "status_manual", "manual"],
  scheduled: ["Delayed", "waiting for delayed job", "status_scheduled", "scheduled"]
};
function presentPipelineStatus(status, warnings, detailsPath, hasDetails) {
  const [text, label, icon, group] = status === "success" && warnings ? ["Warning", "passed with warnings", "status_warning", "success-with-warnings"] : STATUSES[status] ?? STATUSES.failed ?? ["", "", "", ""];
  return {
    icon,
    text,
    label,
    group,
    tooltip: label,
    has_details: hasDetails,
    details_path: detailsPath,
    illustration: null,
    favicon: `/assets/ci_favicons/favicon_${icon}.png`
  };
}

// src/emulator/present/present-user-basic.ts
var USER_BASIC_KEYS = ["id", "username", "name", "state", "locked", "avatar_url", "web_url"];
function presentUserBasic(user, baseUrl) {
  const full = presentUser(user, baseUrl);
  return Object.fromEntries(USER_BASIC_KEYS.map((key) => [key, full[key]]));
}

// src/emulator/present/present-pipeline-detail.ts
function presentPipelineDetail(context, pipeline, viewer, withName) {
  const { state } = context;
  const project = state.project(pipeline.projectId);
  const latest = state.pipelineJobs(pipeline).filter((job) => !job.retried);
  const status = pipelineStatus(state, pipeline);
  const startedAt = earliest(latest.map((job) => job.startedAt));
  const finishedAt = isCompleted(status) ? latestTime(latest.map((job) => job.finishedAt)) : null;
  const user = state.user(pipeline.userId);
  const warnings = latest.some((job) => job.spec.allowFailure && job.status === "failed");
  const json2 = {
    ...presentPipeline(context, pipeline),
    // Chain::Command#before_sha: a push's previous commit; otherwise the pipeline's own commit.
    before_sha: pipeline.source === "push" ? shaFor(`${pipeline.sha}^`) : pipeline.sha,
    tag: pipeline.tag,
    yaml_errors: null,
    user: user ? presentUserBasic(user, context.baseUrl) : null,
    started_at: isoTime(startedAt),
    finished_at: isoTime(finishedAt),
    // The commit is pushed a minute before its pipeline (as presentCommit dates it).
    committed_at: isoTime(pipeline.createdAt - 6e4),
    duration: finishedAt === null ? null : runningSeconds(latest),
    queued_duration: queuedSeconds(pipeline.createdAt, startedAt),
    coverage: coverageOf(latest),
    detailed_status: presentPipelineStatus(
      status,
      warnings,
      `/${project.fullPath}/-/pipelines/${pipeline.id}`,
      canReadPipelines(project, viewer) && canReadJobs(project, viewer)
    ),
    archived: pipeline.archived
  };
  if (withName) json2.name = pipeline.name ?? null;
  return json2;
}
function earliest(times) {
  const known = times.filter((time) => time !== null);
  return known.length === 0 ? null : Math.min(...known);
}
function latestTime(times) {
  const known = times.filter((time) => time !== null);
  return known.length === 0 ? null : Math.max(...known);
}
function runningSeconds(jobs) {
  const periods = jobs.filter((job) => job.startedAt !== null && job.finishedAt !== null).map((job) => [job.startedAt ?? 0, job.finishedAt ?? 0]).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to] of periods) {
    const start = Math.max(from, end);
    if (to > start) total += to - start;
    end = Math.max(end, to);
  }
  return Math.trunc(total / 1e3);
}
function queuedSeconds(createdAt, startedAt) {
  if (startedAt === null) return null;
  const seconds2 = Math.trunc((startedAt - createdAt) / 1e3);
  return seconds2 === 0 ? null : seconds2;
}
function coverageOf(jobs) {
  const values = jobs.filter((job) => job.kind === "build" && job.spec.coverage !== null).map((job) => job.spec.coverage ?? 0);
  if (values.length === 0) return null;
  return (values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(2);
}

// src/emulator/state/cancel-pipeline.ts
function cancelPipeline(state, pipeline, at) {
  for (const job of state.pipelineJobs(pipeline)) {
    if (job.retried || !isCancelable(job.status)) continue;
    const graceful = job.kind === "build" && job.status === "running" && job.spec.cancelGraceMs > 0;
    stopJob(state, job, graceful ? "canceling" : "canceled", at);
  }
  settlePipeline(state, pipeline, at);
  for (const child of childPipelines(state, pipeline)) cancelPipeline(state, child, at);
}
function childPipelines(state, pipeline) {
  const children = [];
  for (const candidate of state.pipelines.values()) {
    if (candidate.source !== "parent_pipeline" || candidate.upstreamBridgeId === null) continue;
    if (state.jobs.get(candidate.upstreamBridgeId)?.pipelineId === pipeline.id)
      children.push(candidate);
  }
  return children;
}

// src/emulator/api/find-project-pipeline.ts
var PIPELINE_ID_PARAM = {
  name: "pipeline_id",
  type: "integer",
  required: true
};
function readPipelineId(context) {
  return Number(context.params.pipeline_id);
}
function findProjectPipeline(context, project, id) {
  const pipeline = context.state.pipelines.get(id);
  if (!pipeline || pipeline.projectId !== project.id) throw recordNotFound();
  return pipeline;
}

// src/emulator/api/find-readable-pipeline.ts
function canReadPipeline(project, user) {
  return canReadPipelines(project, user) && canReadJobs(project, user);
}
function findReadablePipeline(context, project) {
  const pipeline = findProjectPipeline(context, project, readPipelineId(context));
  if (!canReadPipeline(project, context.identity.user)) throw forbidden();
  return pipeline;
}

// src/emulator/api/cancel-pipeline-route.ts
var cancelPipelineRoute = {
  method: "POST",
  path: "/projects/:id/pipelines/:pipeline_id/cancel",
  jobTokens: "never",
  params: [PIPELINE_ID_PARAM],
  handle(context) {
    const project = loadProject(context, "visible");
    const pipeline = findReadablePipeline(context, project);
    if (!canUpdatePipeline(project, context.identity.user, pipeline)) throw forbidden();
    cancelPipeline(context.state, pipeline, context.now);
    return context.c.json(presentPipelineDetail(context.present, pipeline, void 0, false), 200);
  }
};

// src/emulator/state/run-new-pipeline.ts
function runNewPipeline(state, request, at) {
  const { project, user, variables } = request;
  const refused = (message) => ({
    kind: "refused",
    errors: { base: [message] }
  });
  const setup = state.pipelineSetups.get(project.id);
  const { name: ref, tag } = resolveRef(request.ref, setup?.branches ?? [], setup?.tags ?? []);
  if (!canUpdateJobs(project, user))
    return refused("Insufficient permissions to create a new pipeline");
  const exists = tag ? (setup?.tags ?? []).includes(ref) : (setup?.branches ?? []).includes(ref);
  if (exists && !canRunPipelineOnRef(project, user, ref, tag)) {
    return refused(
      `You do not have sufficient permission to run a pipeline on '${ref}'. Please select a different branch or contact your administrator for assistance. <a href=https://docs.gitlab.com/ee/ci/pipelines/#pipeline-security-on-protected-branches>Learn more</a>`
    );
  }
  if (!exists) return refused("Reference not found");
  if (variables.length > 0 && !canSetPipelineVariables(project, user))
    return refused("Insufficient permissions to set pipeline variables");
  const duplicates = duplicateKeys(variables);
  if (duplicates.length > 0)
    return refused(
      `Duplicate variable name${duplicates.length > 1 ? "s" : ""}: ${duplicates.join(", ")}`
    );
  const keyProblems = keyErrors(variables);
  if (keyProblems.length > 0) return { kind: "refused", errors: { "variables.key": keyProblems } };
  if (!setup || setup.templates.length === 0) return refused("Missing CI config file");
  const template = setup.templates.find((candidate) => matchesRef(candidate, ref));
  if (!template) return refused("No stages / jobs for this pipeline.");
  const pipeline = createPipeline(
    state,
    {
      projectId: project.id,
      ref,
      tag,
      // The ref's head commit: the one its newest pipeline ran for, if any did.
      sha: latestOnRef(state, project.id, ref, tag)?.sha ?? null,
      source: request.source,
      userId: user?.id ?? null,
      archived: false,
      stages: template.stages,
      commit: { title: null, message: null, authorName: null, authorEmail: null },
      jobs: template.jobs
    },
    at,
    request.upstreamJob
  );
  pipeline.variables = variables.map((variable) => ({ ...variable }));
  pipeline.name = template.name;
  return { kind: "created", pipeline };
}
function resolveRef(given, branches, tags) {
  if (given.startsWith("refs/heads/")) return { name: given.slice(11), tag: false };
  if (given.startsWith("refs/tags/")) return { name: given.slice(10), tag: true };
  return { name: given, tag: !branches.includes(given) && tags.includes(given) };
}
function matchesRef(template, ref) {
  return template.refs === null || template.refs.some((pattern) => globMatches(pattern, ref));
}
function globMatches(pattern, ref) {
  if (!pattern.includes("*")) return pattern === ref;
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
  return new RegExp(`^${escaped}$`).test(ref);
}
function latestOnRef(state, projectId, ref, tag) {
  let latest;
  for (const pipeline of state.pipelines.values()) {
    if (pipeline.projectId !== projectId || pipeline.ref !== ref || pipeline.tag !== tag) continue;
    if (pipeline.source === "parent_pipeline") continue;
    if (!latest || pipeline.id > latest.id) latest = pipeline;
  }
  return latest;
}
function duplicateKeys(variables) {
  const counts = /* @__PURE__ */ new Map();
  for (const { key } of variables) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([key]) => key);
}
function keyErrors(variables) {
  const messages = /* @__PURE__ */ new Set();
  for (const { key } of variables) {
    if (key === "") messages.add("can't be blank");
    else if (key.length > MAX_VARIABLE_KEY_LENGTH)
      messages.add(`is too long (maximum is ${MAX_VARIABLE_KEY_LENGTH} characters)`);
    else if (!VARIABLE_KEY_PATTERN.test(key))
      messages.add("can contain only letters, digits and '_'.");
  }
  return [...messages];
}

// src/emulator/api/read-pipeline-variables.ts
var VARIABLE_TYPES = /* @__PURE__ */ new Set(["env_var", "file"]);
function readPipelineVariables(params) {
  const value = params.variables;
  if (value === void 0 || value === null) return [];
  const items = Array.isArray(value) ? value : isHash(value) ? Object.values(value) : void 0;
  if (!items) throw invalidParams("variables is invalid");
  const problems = [];
  const variables = items.map((item, index) => {
    if (!isHash(item)) {
      problems.push(`variables[${index}] is invalid`);
      return { key: "", value: "", variableType: "env_var" };
    }
    const text = (field) => {
      const raw2 = item[field];
      if (raw2 === void 0 || raw2 === null) return "";
      if (typeof raw2 === "object") problems.push(`variables[${index}][${field}] is invalid`);
      return typeof raw2 === "object" ? "" : String(raw2);
    };
    const type = item.variable_type ?? "env_var";
    if (typeof type !== "string" || !VARIABLE_TYPES.has(type))
      problems.push(`variables[${index}][variable_type] does not have a valid value`);
    return {
      key: text("key"),
      value: text("value"),
      variableType: type === "file" ? "file" : "env_var"
    };
  });
  if (problems.length > 0) throw invalidParams(problems.join(", "));
  return variables;
}

// src/emulator/api/create-pipeline-route.ts
var createPipelineRoute = {
  method: "POST",
  path: "/projects/:id/pipeline",
  jobTokens: "never",
  params: [],
  handle(context) {
    const { params, state, identity, now } = context;
    const ref = params.ref;
    const problems = [];
    if (ref === void 0 || ref === null) problems.push("ref is missing");
    else if (typeof ref !== "string") problems.push("ref is invalid");
    if (params.inputs !== void 0 && !isHash(params.inputs)) problems.push("inputs is invalid");
    if (problems.length > 0) throw invalidParams(problems.join(", "));
    const variables = readPipelineVariables(params);
    const project = loadProject(context, "visible");
    if (!canUpdateJobs(project, identity.user)) throw forbidden();
    const outcome = runNewPipeline(
      state,
      {
        project,
        user: identity.user,
        ref: String(ref),
        source: "api",
        variables,
        upstreamJob: null
      },
      now
    );
    if (outcome.kind === "refused") throw apiError(400, { message: outcome.errors });
    return context.c.json(
      presentPipelineDetail(context.present, outcome.pipeline, void 0, false),
      201
    );
  }
};

// src/emulator/state/erase-job.ts
function isErasable(state, job) {
  if (!isCompleted(job.status) || job.erasedAt !== null) return false;
  const hasArtifacts = job.spec.artifacts.length > 0 && artifactsUploadedAt(job, Number.POSITIVE_INFINITY) !== null;
  return hasArtifacts || job.startedAt !== null && finalTraceSize(state, job) > 0;
}
function eraseJob(state, job, at, userId) {
  if (!isErasable(state, job)) return false;
  job.erasedAt = at;
  job.erasedByUserId = userId;
  job.artifactsUploaded = false;
  return true;
}

// src/emulator/api/acting-user-id.ts
function actingUserId(identity) {
  return identity.user?.id ?? null;
}

// src/emulator/api/erase-job-route.ts
var eraseJobRoute = {
  method: "POST",
  path: "/projects/:id/jobs/:job_id/erase",
  jobTokens: "never",
  params: [JOB_ID_PARAM],
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, "visible");
    const job = findProjectJob(context, project, jobId, "builds");
    if (!canEraseJob(context.state, project, context.identity.user, job)) throw forbidden();
    if (!eraseJob(context.state, job, context.now, actingUserId(context.identity))) {
      throw forbidden("Job is not erasable!");
    }
    return context.c.json(presentJob(context.present, job), 201);
  }
};

// node_modules/@noble/hashes/_u64.js
var fromNumH = (n) => n / 2 ** 32 | 0;
var fromNumL = (n) => n >>> 0;
function setU64FromNum(view, byteOffset, n, isLE) {
  const h = fromNumH(n);
  const l = fromNumL(n);
  view.setUint32(byteOffset, isLE ? l : h, isLE);
  view.setUint32(byteOffset + 4, isLE ? h : l, isLE);
}

// node_modules/@noble/hashes/utils.js
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
var atitle = (title) => title ? `"${title}" ` : "";
function anumber(n, title = "") {
  if (typeof n !== "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
function abytes(value, length, title = "") {
  if (isBytes(value) && (length === void 0 || value.length === length))
    return value;
  if (length !== void 0)
    anumber(length, "length");
  const bytes = isBytes(value);
  const ofLen = length !== void 0 ? ` of length ${length}` : "";
  const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
  const message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes)
    throw new TypeError(message);
  throw new RangeError(message);
}
var aobject = (value, label) => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
};
var aopts = (value, label) => {
  aobject(value, label);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`"${label}" expected plain object`);
  if (Object.hasOwn(value, "__proto__"))
    throw new TypeError(`"${label}.__proto__" is not allowed`);
};
function aexists(instance, checkFinished = true) {
  if (instance.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance.finished)
    throw new Error("digest() was already called");
}
function aoutput(out, instance) {
  abytes(out, void 0, "output");
  const min = instance.outputLen;
  if (!(out.length >= min)) {
    throw new RangeError('"output" expected length >= ' + min);
  }
}
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
var hasHexBuiltin = /* @__PURE__ */ (() => (
  // @ts-ignore
  typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
))();
var hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bytesToHex(bytes) {
  abytes(bytes);
  if (hasHexBuiltin)
    return bytes.toHex();
  let hex2 = "";
  for (let i = 0; i < bytes.length; i++) {
    hex2 += hexes[bytes[i]];
  }
  return hex2;
}
function utf8ToBytes(str) {
  if (typeof str !== "string")
    throw new TypeError("string expected");
  const encoded = new TextEncoder().encode(str);
  try {
    return new Uint8Array(encoded);
  } finally {
    clean(encoded);
  }
}
function checkOpts(defaults, opts, title = "opts") {
  aopts(defaults, "defaults");
  if (opts !== void 0)
    aopts(opts, title);
  const merged = Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
  return merged;
}
function createHasher(hashCons, info = {}) {
  if (typeof hashCons !== "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info = checkOpts({}, info, "info");
  const hashC = (msg, opts) => hashCons(opts).update(msg).digest();
  const tmp = hashCons(void 0);
  hashC.outputLen = tmp.outputLen;
  hashC.blockLen = tmp.blockLen;
  hashC.canXOF = tmp.canXOF;
  hashC.create = (opts) => hashCons(opts);
  Object.assign(hashC, info);
  return Object.freeze(hashC);
}
var oidNist = (suffix2) => ({
  // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
  // Larger suffix values would need base-128 OID encoding and a different length byte.
  oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix2])
});

// node_modules/@noble/hashes/_md.js
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
var HashMD = class {
  blockLen;
  outputLen;
  canXOF = false;
  padOffset;
  isLE;
  // For partial updates less than block size
  buffer;
  view;
  finished = false;
  length = 0;
  pos = 0;
  destroyed = false;
  constructor(blockLen, outputLen, padOffset, isLE) {
    this.blockLen = blockLen;
    this.outputLen = outputLen;
    this.padOffset = padOffset;
    this.isLE = isLE;
    this.buffer = new Uint8Array(blockLen);
    this.view = createView(this.buffer);
  }
  update(data) {
    aexists(this);
    abytes(data);
    const { view, buffer, blockLen } = this;
    const len = data.length;
    let processed = false;
    for (let pos = 0; pos < len; ) {
      const take = Math.min(blockLen - this.pos, len - pos);
      if (take === blockLen) {
        const dataView = createView(data);
        for (; blockLen <= len - pos; pos += blockLen)
          this.process(dataView, pos);
        processed = true;
        continue;
      }
      buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos);
      this.pos += take;
      pos += take;
      if (this.pos === blockLen) {
        this.process(view, 0);
        this.pos = 0;
        processed = true;
      }
    }
    this.length += data.length;
    if (processed)
      this.roundClean();
    return this;
  }
  digestInto(out) {
    aexists(this);
    aoutput(out, this);
    this.finished = true;
    const { buffer, view, blockLen, isLE } = this;
    let { pos } = this;
    buffer[pos++] = 128;
    buffer.fill(0, pos);
    if (this.padOffset > blockLen - pos) {
      this.process(view, 0);
      buffer.fill(0);
    }
    setU64FromNum(view, blockLen - 8, this.length * 8, isLE);
    this.process(view, 0);
    this.roundClean();
    const oview = out === buffer ? view : createView(out);
    const len = this.outputLen;
    const outLen = len / 4;
    const state = this.get();
    if (len % 4 || outLen > state.length)
      throw new Error("invalid outputLen");
    for (let i = 0; i < outLen; i++)
      oview.setUint32(4 * i, state[i], isLE);
  }
  digest() {
    const { buffer, outputLen } = this;
    this.digestInto(buffer);
    const res = buffer.slice(0, outputLen);
    this.destroy();
    return res;
  }
  _cloneIntoMeta(to) {
    const { buffer, length, finished, destroyed, pos } = this;
    to.destroyed = destroyed;
    to.finished = finished;
    to.length = length;
    to.pos = pos;
    if (pos)
      to.buffer.set(buffer);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
};
var SHA256_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
]);

// node_modules/@noble/hashes/sha2.js
var SHA256_K = /* @__PURE__ */ Uint32Array.from([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var SHA256_W = /* @__PURE__ */ new Uint32Array(64);
var SHA2_32B = class extends HashMD {
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and makes sha256 3x slower (measured).
  A = 0;
  B = 0;
  C = 0;
  D = 0;
  E = 0;
  F = 0;
  G = 0;
  H = 0;
  constructor(outputLen, IV) {
    super(64, outputLen, 8, false);
    this.A = IV[0] | 0;
    this.B = IV[1] | 0;
    this.C = IV[2] | 0;
    this.D = IV[3] | 0;
    this.E = IV[4] | 0;
    this.F = IV[5] | 0;
    this.G = IV[6] | 0;
    this.H = IV[7] | 0;
  }
  get() {
    const { A, B, C, D, E, F, G, H } = this;
    return [A, B, C, D, E, F, G, H];
  }
  // prettier-ignore
  set(A, B, C, D, E, F, G, H) {
    this.A = A | 0;
    this.B = B | 0;
    this.C = C | 0;
    this.D = D | 0;
    this.E = E | 0;
    this.F = F | 0;
    this.G = G | 0;
    this.H = H | 0;
  }
  _cloneInto(to) {
    (to ||= new this.constructor()).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA256_W[i] = view.getUint32(offset, false);
    for (let i = 16; i < 64; i++) {
      const W15 = SHA256_W[i - 15];
      const W2 = SHA256_W[i - 2];
      const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
      const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
      SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
    }
    let { A, B, C, D, E, F, G, H } = this;
    for (let i = 0; i < 64; i++) {
      const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
      const T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0;
      const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
      const T2 = sigma0 + Maj(A, B, C) | 0;
      H = G;
      G = F;
      F = E;
      E = D + T1 | 0;
      D = C;
      C = B;
      B = A;
      A = T1 + T2 | 0;
    }
    A = A + this.A | 0;
    B = B + this.B | 0;
    C = C + this.C | 0;
    D = D + this.D | 0;
    E = E + this.E | 0;
    F = F + this.F | 0;
    G = G + this.G | 0;
    H = H + this.H | 0;
    this.set(A, B, C, D, E, F, G, H);
  }
  roundClean() {
    clean(SHA256_W);
  }
  destroy() {
    this.destroyed = true;
    this.set(0, 0, 0, 0, 0, 0, 0, 0);
    clean(this.buffer);
  }
};
var _SHA256 = class extends SHA2_32B {
  constructor() {
    super(32, SHA256_IV);
  }
};
var sha2562 = /* @__PURE__ */ createHasher(
  () => new _SHA256(),
  /* @__PURE__ */ oidNist(1)
);

// src/emulator/present/environment-slug.ts
function environmentSlug(name) {
  let slug = name.toLowerCase().replace(/[^a-z0-9]/g, "-");
  if (!/^[a-z]/.test(slug)) slug = `env-${slug}`;
  slug = slug.replace(/-+/g, "-");
  if (slug.length > 24 || slug !== name) {
    slug = slug.slice(0, 17);
    if (!slug.endsWith("-")) slug += "-";
    return slug + suffix(name);
  }
  return slug.endsWith("-") ? slug.slice(0, -1) : slug;
}
function suffix(name) {
  return BigInt(`0x${bytesToHex(sha2562(utf8ToBytes(name)))}`).toString(36).slice(-6);
}

// src/emulator/present/present-allowed-agents.ts
function presentAllowedAgents(context, job) {
  const { state, baseUrl } = context;
  const project = state.project(job.projectId);
  const pipeline = state.pipeline(job.pipelineId);
  const user = state.user(job.userId);
  const full = state.settings.allowedAgentsFormat === "full";
  const environment = job.spec.environment;
  const answer = {
    allowed_agents: project.agents.filter((agent) => allowedFor(agent, environment?.name ?? null)).map((agent) => ({
      id: agent.id,
      config_project: presentProjectIdentity(state.project(agent.configProjectId)),
      configuration: agent.configuration
    })),
    job: full ? {
      id: job.id,
      name: job.spec.name,
      stage: job.spec.stage,
      project_id: project.id,
      project_name: project.name
    } : { id: job.id },
    pipeline: full ? presentPipeline(context, pipeline) : { id: pipeline.id },
    project: {
      ...full ? presentProjectIdentity(project) : { id: project.id },
      groups: project.groupIds.map((id) => ({ id }))
    },
    user: {
      ...full && user ? presentUser(user, baseUrl) : { id: user?.id ?? null, username: user?.username ?? null },
      roles_in_project: rolesUpTo(accessLevel(project, user))
    }
  };
  if (environment)
    answer.environment = { tier: environment.tier, slug: environmentSlug(environment.name) };
  return answer;
}
function presentProjectIdentity(project) {
  return {
    id: project.id,
    description: project.description,
    name: project.name,
    name_with_namespace: `${project.namespacePath.split("/").join(" / ")} / ${project.name}`,
    path: project.path,
    path_with_namespace: project.fullPath,
    created_at: isoTime(project.createdAt)
  };
}
function allowedFor(agent, environment) {
  const patterns = agent.configuration.environments;
  if (!Array.isArray(patterns) || patterns.length === 0) return true;
  return patterns.some((pattern) => matchesEnvironment(pattern, environment));
}
function matchesEnvironment(pattern, environment) {
  if (environment === null || typeof pattern !== "string" || pattern.trim() === "") return false;
  if (pattern === environment) return true;
  if (!pattern.includes("*")) return false;
  try {
    return new RegExp(pattern.replaceAll("*", ".*")).test(environment);
  } catch {
    return false;
  }
}

// src/emulator/api/get-allowed-agents-route.ts
var getAllowedAgentsRoute = {
  method: "GET",
  path: "/job/allowed_agents",
  jobTokens: "always",
  params: [],
  handle(context) {
    const { identity } = context;
    if (identity.kind !== "job") throw notFound("Job");
    return context.c.json(presentAllowedAgents(context.present, identity.job));
  }
};

// src/emulator/api/get-current-job-route.ts
var getCurrentJobRoute = {
  method: "GET",
  path: "/job",
  jobTokens: "always",
  params: [],
  handle(context) {
    const { identity } = context;
    if (identity.kind !== "job") throw notFound("Job");
    return context.c.json(presentJob(context.present, identity.job));
  }
};

// src/emulator/artifacts/latest-successful-pipeline.ts
function latestSuccessfulPipeline(state, project, ref) {
  let latest;
  for (const pipeline of state.pipelines.values()) {
    if (pipeline.projectId !== project.id || pipeline.ref !== ref) continue;
    if (latest && latest.id > pipeline.id) continue;
    if (pipelineStatus(state, pipeline) === "success") latest = pipeline;
  }
  return latest;
}

// src/emulator/artifacts/available-archive.ts
function availableArchive(state, job, now) {
  if (job.kind !== "build") return void 0;
  const uploadedAt = artifactsUploadedAt(job, now);
  if (uploadedAt === null) return void 0;
  const archive = job.spec.artifacts.find((artifact) => artifact.fileType === "archive");
  if (!archive) return void 0;
  const expireIn2 = job.spec.artifactsExpireInMs;
  if (expireIn2 === null || uploadedAt + expireIn2 > now) return archive;
  const pipeline = state.pipeline(job.pipelineId);
  const locked = latestSuccessfulPipeline(state, state.project(pipeline.projectId), pipeline.ref)?.id === pipeline.id;
  return locked ? archive : void 0;
}

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i = 0; i < 31; ++i) {
    b[i] = start += 1 << eb[i - 1];
  }
  var r = new i32(b[30]);
  for (var i = 1; i < 30; ++i) {
    for (var j = b[i]; j < b[i + 1]; ++j) {
      r[j] = j - b[i] << 5 | i;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i = 0;
  var l = new u16(mb);
  for (; i < s; ++i) {
    if (cd[i])
      ++l[cd[i] - 1];
  }
  var le = new u16(mb);
  for (i = 1; i < mb; ++i) {
    le[i] = le[i - 1] + l[i - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i = 0; i < s; ++i) {
      if (cd[i]) {
        var sv = i << 4 | cd[i];
        var r_1 = mb - cd[i];
        var v = le[cd[i] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i = 0; i < s; ++i) {
      if (cd[i]) {
        co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flm = /* @__PURE__ */ hMap(flt, 9, 0);
var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var wbits = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
  var t = [];
  for (var i = 0; i < d.length; ++i) {
    if (d[i])
      t.push({ s: i, f: d[i] });
  }
  var s = t.length;
  var t2 = t.slice();
  if (!s)
    return { t: et, l: 0 };
  if (s == 1) {
    var v = new u8(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort(function(a, b) {
    return a.f - b.f;
  });
  t.push({ s: -1, f: 25001 });
  var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i2].f ? i0++ : i2++];
    r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  var maxSym = t2[0].s;
  for (var i = 1; i < s; ++i) {
    if (t2[i].s > maxSym)
      maxSym = t2[i].s;
  }
  var tr = new u16(maxSym + 1);
  var mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    var i = 0, dt = 0;
    var lft = mbt - mb, cst = 1 << lft;
    t2.sort(function(a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f;
    });
    for (; i < s; ++i) {
      var i2_1 = t2[i].s;
      if (tr[i2_1] > mb) {
        dt += cst - (1 << mbt - tr[i2_1]);
        tr[i2_1] = mb;
      } else
        break;
    }
    dt >>= lft;
    while (dt > 0) {
      var i2_2 = t2[i].s;
      if (tr[i2_2] < mb)
        dt -= 1 << mb - tr[i2_2]++ - 1;
      else
        ++i;
    }
    for (; i >= 0 && dt; --i) {
      var i2_3 = t2[i].s;
      if (tr[i2_3] == mb) {
        --tr[i2_3];
        ++dt;
      }
    }
    mbt = mb;
  }
  return { t: new u8(tr), l: mbt };
};
var ln = function(n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
  var s = c.length;
  while (s && !c[--s])
    ;
  var cl = new u16(++s);
  var cli = 0, cln = c[0], cls = 1;
  var w = function(v) {
    cl[cli++] = v;
  };
  for (var i = 1; i <= s; ++i) {
    if (c[i] == cln && i != s)
      ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138)
          w(32754);
        if (cls > 2) {
          w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w(cln), --cls;
        for (; cls > 6; cls -= 6)
          w(8304);
        if (cls > 2)
          w(cls - 3 << 5 | 8208), cls = 0;
      }
      while (cls--)
        w(cln);
      cls = 1;
      cln = c[i];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
};
var clen = function(cf, cl) {
  var l = 0;
  for (var i = 0; i < cl.length; ++i)
    l += cf[i] * cl[i];
  return l;
};
var wfblk = function(out, pos, dat) {
  var s = dat.length;
  var o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (var i = 0; i < s; ++i)
    out[o + i + 4] = dat[i];
  return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final);
  ++lf[256];
  var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
  var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
  var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
  var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
  var lcfreq = new u16(19);
  for (var i = 0; i < lclt.length; ++i)
    ++lcfreq[lclt[i] & 31];
  for (var i = 0; i < lcdt.length; ++i)
    ++lcfreq[lcdt[i] & 31];
  var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
  var nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
    ;
  var flen = bl + 5 << 3;
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen)
    return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (var i = 0; i < nlcc; ++i)
      wbits(out, p + 3 * i, lct[clim[i]]);
    p += 3 * nlcc;
    var lcts = [lclt, lcdt];
    for (var it = 0; it < 2; ++it) {
      var clct = lcts[it];
      for (var i = 0; i < clct.length; ++i) {
        var len = clct[i] & 31;
        wbits(out, p, llm[len]), p += lct[len];
        if (len > 15)
          wbits(out, p, clct[i] >> 5 & 127), p += clct[i] >> 12;
      }
    }
  } else {
    lm = flm, ll = flt, dm = fdm, dl = fdt;
  }
  for (var i = 0; i < li; ++i) {
    var sym = syms[i];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257];
      if (len > 7)
        wbits(out, p, sym >> 23 & 31), p += fleb[len];
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst];
      if (dst > 3)
        wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
    } else {
      wbits16(out, p, lm[sym]), p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
};
var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
var et = /* @__PURE__ */ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length;
  var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
  var w = o.subarray(pre, o.length - post);
  var lst = st.l;
  var pos = (st.r || 0) & 7;
  if (lvl) {
    if (pos)
      w[0] = st.r >> 3;
    var opt = deo[lvl - 1];
    var n = opt >> 13, c = opt & 8191;
    var msk_1 = (1 << plvl) - 1;
    var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
    var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
    var hsh = function(i2) {
      return (dat[i2] ^ dat[i2 + 1] << bs1_1 ^ dat[i2 + 2] << bs2_1) & msk_1;
    };
    var syms = new i32(25e3);
    var lf = new u16(288), df = new u16(32);
    var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
    for (; i + 2 < s; ++i) {
      var hv = hsh(i);
      var imod = i & 32767, pimod = head[hv];
      prev[imod] = pimod;
      head[hv] = imod;
      if (wi <= i) {
        var rem = s - i;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
          li = lc_1 = eb = 0, bs = i;
          for (var j = 0; j < 286; ++j)
            lf[j] = 0;
          for (var j = 0; j < 30; ++j)
            df[j] = 0;
        }
        var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i - dif)) {
          var maxn = Math.min(n, rem) - 1;
          var maxd = Math.min(32767, i);
          var ml = Math.min(258, rem);
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i + l] == dat[i + l - dif]) {
              var nl = 0;
              for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                ;
              if (nl > l) {
                l = nl, d = dif;
                if (nl > maxn)
                  break;
                var mmd = Math.min(dif, nl - 2);
                var md = 0;
                for (var j = 0; j < mmd; ++j) {
                  var ti = i - dif + j & 32767;
                  var pti = prev[ti];
                  var cd = ti - pti & 32767;
                  if (cd > md)
                    md = cd, pimod = ti;
                }
              }
            }
            imod = pimod, pimod = prev[imod];
            dif += imod - pimod & 32767;
          }
        }
        if (d) {
          syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
          var lin = revfl[l] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din];
          ++lf[257 + lin];
          ++df[din];
          wi = i + l;
          ++lc_1;
        } else {
          syms[li++] = dat[i];
          ++lf[dat[i]];
        }
      }
    }
    for (i = Math.max(i, wi); i < s; ++i) {
      syms[li++] = dat[i];
      ++lf[dat[i]];
    }
    pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
    if (!lst) {
      st.r = pos & 7 | w[pos / 8 | 0] << 3;
      pos -= 7;
      st.h = head, st.p = prev, st.i = i, st.w = wi;
    }
  } else {
    for (var i = st.w || 0; i < s + lst; i += 65535) {
      var e = i + 65535;
      if (e >= s) {
        w[pos / 8 | 0] = lst;
        e = s;
      }
      pos = wfblk(w, pos + 1, dat.subarray(i, e));
    }
    st.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
};
var crct = /* @__PURE__ */ (function() {
  var t = new Int32Array(256);
  for (var i = 0; i < 256; ++i) {
    var c = i, k = 9;
    while (--k)
      c = (c & 1 && -306674912) ^ c >>> 1;
    t[i] = c;
  }
  return t;
})();
var crc = function() {
  var c = -1;
  return {
    p: function(d) {
      var cr = c;
      for (var i = 0; i < d.length; ++i)
        cr = crct[cr & 255 ^ d[i]] ^ cr >>> 8;
      c = cr;
    },
    d: function() {
      return ~c;
    }
  };
};
var dopt = function(dat, opt, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt.dictionary) {
      var dict = opt.dictionary.subarray(-32768);
      var newDat = new u8(dict.length + dat.length);
      newDat.set(dict);
      newDat.set(dat, dict.length);
      dat = newDat;
      st.w = dict.length;
    }
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var mrg = function(a, b) {
  var o = {};
  for (var k in a)
    o[k] = a[k];
  for (var k in b)
    o[k] = b[k];
  return o;
};
var wbytes = function(d, b, v) {
  for (; v; ++b)
    d[b] = v, v >>>= 8;
};
var Deflate = /* @__PURE__ */ (function() {
  function Deflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    this.o = opts || {};
    this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
    this.b = new u8(98304);
    if (this.o.dictionary) {
      var dict = this.o.dictionary.subarray(-32768);
      this.b.set(dict, 32768 - dict.length);
      this.s.i = 32768 - dict.length;
    }
  }
  Deflate2.prototype.p = function(c, f) {
    this.ondata(dopt(c, this.o, 0, 0, this.s), f);
  };
  Deflate2.prototype.push = function(chunk, final) {
    if (!this.ondata)
      err(5);
    if (this.s.l)
      err(4);
    var endLen = chunk.length + this.s.z;
    if (endLen > this.b.length) {
      if (endLen > 2 * this.b.length - 32768) {
        var newBuf = new u8(endLen & -32768);
        newBuf.set(this.b.subarray(0, this.s.z));
        this.b = newBuf;
      }
      var split = this.b.length - this.s.z;
      this.b.set(chunk.subarray(0, split), this.s.z);
      this.s.z = this.b.length;
      this.p(this.b, false);
      this.b.set(this.b.subarray(-32768));
      this.b.set(chunk.subarray(split), 32768);
      this.s.z = chunk.length - split + 32768;
      this.s.i = 32766, this.s.w = 32768;
    } else {
      this.b.set(chunk, this.s.z);
      this.s.z += chunk.length;
    }
    this.s.l = final & 1;
    if (this.s.z > this.s.w + 8191 || final) {
      this.p(this.b, final || false);
      this.s.w = this.s.i, this.s.i -= 2;
    }
    if (final) {
      this.s = this.o = {};
      this.b = et;
    }
  };
  Deflate2.prototype.flush = function(sync) {
    if (!this.ondata)
      err(5);
    if (this.s.l)
      err(4);
    this.p(this.b, false);
    this.s.w = this.s.i, this.s.i -= 2;
    if (sync) {
      var c = new u8(6);
      c[0] = this.s.r >> 3;
      var ep = wfblk(c, this.s.r, et);
      this.s.r = 0;
      this.ondata(c.subarray(0, ep >> 3), false);
    }
  };
  return Deflate2;
})();
var te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
function strToU8(str, latin1) {
  if (latin1) {
    var ar_1 = new u8(str.length);
    for (var i = 0; i < str.length; ++i)
      ar_1[i] = str.charCodeAt(i);
    return ar_1;
  }
  if (te)
    return te.encode(str);
  var l = str.length;
  var ar = new u8(str.length + (str.length >> 1));
  var ai = 0;
  var w = function(v) {
    ar[ai++] = v;
  };
  for (var i = 0; i < l; ++i) {
    if (ai + 5 > ar.length) {
      var n = new u8(ai + 8 + (l - i << 1));
      n.set(ar);
      ar = n;
    }
    var c = str.charCodeAt(i);
    if (c < 128 || latin1)
      w(c);
    else if (c < 2048)
      w(192 | c >> 6), w(128 | c & 63);
    else if (c > 55295 && c < 57344)
      c = 65536 + (c & 1023 << 10) | str.charCodeAt(++i) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
    else
      w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
  }
  return slc(ar, 0, ai);
}
var dbf = function(l) {
  return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0;
};
var exfl = function(ex) {
  var le = 0;
  if (ex) {
    for (var k in ex) {
      var l = ex[k].length;
      if (l > 65535)
        err(9);
      le += l + 4;
    }
  }
  return le;
};
var wzh = function(d, b, f, fn, u, c, ce, co) {
  var fl2 = fn.length, ex = f.extra, col = co && co.length;
  var exl = exfl(ex);
  wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
  if (ce != null)
    d[b++] = 20, d[b++] = f.os;
  d[b] = 20, b += 2;
  d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
  d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
  var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
  if (y < 0 || y > 119)
    err(10);
  wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
  if (c != -1) {
    wbytes(d, b, f.crc);
    wbytes(d, b + 4, c < 0 ? -c - 2 : c);
    wbytes(d, b + 8, f.size);
  }
  wbytes(d, b + 12, fl2);
  wbytes(d, b + 14, exl), b += 16;
  if (ce != null) {
    wbytes(d, b, col);
    wbytes(d, b + 6, f.attrs);
    wbytes(d, b + 10, ce), b += 14;
  }
  d.set(fn, b);
  b += fl2;
  if (exl) {
    for (var k in ex) {
      var exf = ex[k], l = exf.length;
      wbytes(d, b, +k);
      wbytes(d, b + 2, l);
      d.set(exf, b + 4), b += 4 + l;
    }
  }
  if (col)
    d.set(co, b), b += col;
  return b;
};
var wzf = function(o, b, c, d, e) {
  wbytes(o, b, 101010256);
  wbytes(o, b + 8, c);
  wbytes(o, b + 10, c);
  wbytes(o, b + 12, d);
  wbytes(o, b + 16, e);
};
var ZipPassThrough = /* @__PURE__ */ (function() {
  function ZipPassThrough2(filename) {
    this.filename = filename;
    this.c = crc();
    this.size = 0;
    this.compression = 0;
  }
  ZipPassThrough2.prototype.process = function(chunk, final) {
    this.ondata(null, chunk, final);
  };
  ZipPassThrough2.prototype.push = function(chunk, final) {
    if (!this.ondata)
      err(5);
    this.c.p(chunk);
    this.size += chunk.length;
    if (final)
      this.crc = this.c.d();
    this.process(chunk, final || false);
  };
  return ZipPassThrough2;
})();
var ZipDeflate = /* @__PURE__ */ (function() {
  function ZipDeflate2(filename, opts) {
    var _this = this;
    if (!opts)
      opts = {};
    ZipPassThrough.call(this, filename);
    this.d = new Deflate(opts, function(dat, final) {
      _this.ondata(null, dat, final);
    });
    this.compression = 8;
    this.flag = dbf(opts.level);
  }
  ZipDeflate2.prototype.process = function(chunk, final) {
    try {
      this.d.push(chunk, final);
    } catch (e) {
      this.ondata(e, null, final);
    }
  };
  ZipDeflate2.prototype.push = function(chunk, final) {
    ZipPassThrough.prototype.push.call(this, chunk, final);
  };
  return ZipDeflate2;
})();
var Zip = /* @__PURE__ */ (function() {
  function Zip2(cb) {
    this.ondata = cb;
    this.u = [];
    this.d = 1;
  }
  Zip2.prototype.add = function(file) {
    var _this = this;
    if (!this.ondata)
      err(5);
    if (this.d & 2)
      this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
    else {
      var f = strToU8(file.filename), fl_1 = f.length;
      var com = file.comment, o = com && strToU8(com);
      var u = fl_1 != file.filename.length || o && com.length != o.length;
      var hl_1 = fl_1 + exfl(file.extra) + 30;
      if (fl_1 > 65535)
        this.ondata(err(11, 0, 1), null, false);
      var header = new u8(hl_1);
      wzh(header, 0, file, f, u, -1);
      var chks_1 = [header];
      var pAll_1 = function() {
        for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
          var chk = chks_2[_i];
          _this.ondata(null, chk, false);
        }
        chks_1 = [];
      };
      var tr_1 = this.d;
      this.d = 0;
      var ind_1 = this.u.length;
      var uf_1 = mrg(file, {
        f,
        u,
        o,
        t: function() {
          if (file.terminate)
            file.terminate();
        },
        r: function() {
          pAll_1();
          if (tr_1) {
            var nxt = _this.u[ind_1 + 1];
            if (nxt)
              nxt.r();
            else
              _this.d = 1;
          }
          tr_1 = 1;
        }
      });
      var cl_1 = 0;
      file.ondata = function(err2, dat, final) {
        if (err2) {
          _this.ondata(err2, dat, final);
          _this.terminate();
        } else {
          cl_1 += dat.length;
          chks_1.push(dat);
          if (final) {
            var dd = new u8(16);
            wbytes(dd, 0, 134695760);
            wbytes(dd, 4, file.crc);
            wbytes(dd, 8, cl_1);
            wbytes(dd, 12, file.size);
            chks_1.push(dd);
            uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
            if (tr_1)
              uf_1.r();
            tr_1 = 1;
          } else if (tr_1)
            pAll_1();
        }
      };
      this.u.push(uf_1);
    }
  };
  Zip2.prototype.end = function() {
    var _this = this;
    if (this.d & 2) {
      this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
      return;
    }
    if (this.d)
      this.e();
    else
      this.u.push({
        r: function() {
          if (!(_this.d & 1))
            return;
          _this.u.splice(-1, 1);
          _this.e();
        },
        t: function() {
        }
      });
    this.d = 3;
  };
  Zip2.prototype.e = function() {
    var bt = 0, l = 0, tl = 0;
    for (var _i = 0, _a2 = this.u; _i < _a2.length; _i++) {
      var f = _a2[_i];
      tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
    }
    var out = new u8(tl + 22);
    for (var _b2 = 0, _c = this.u; _b2 < _c.length; _b2++) {
      var f = _c[_b2];
      wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
      bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
    }
    wzf(out, bt, this.u.length, tl, l);
    this.ondata(null, out, true);
    this.d = 2;
  };
  Zip2.prototype.terminate = function() {
    for (var _i = 0, _a2 = this.u; _i < _a2.length; _i++) {
      var f = _a2[_i];
      f.t();
    }
    this.d = 2;
  };
  return Zip2;
})();

// src/emulator/artifacts/archive-size.ts
var ZIP_ENTRY_OVERHEAD = 30 + 16 + 46;
var ZIP_END_BYTES = 22;
var TEXT_DEFLATE_LEVEL = 6;
function archiveSize(files) {
  let size = ZIP_END_BYTES;
  for (const file of files) {
    const name = strToU8(file.path).length;
    const data = "text" in file ? deflatedLength(file.text) : file.bytes;
    size += ZIP_ENTRY_OVERHEAD + 2 * name + data;
  }
  return size;
}
function deflatedLength(text) {
  const entry = new ZipDeflate("", { level: TEXT_DEFLATE_LEVEL });
  let length = 0;
  entry.ondata = (error, chunk) => {
    if (error) throw error;
    length += chunk.length;
  };
  entry.push(strToU8(text), true);
  return length;
}

// src/emulator/artifacts/archive-files.ts
var FILLER_PATH = "artifacts.bin";
function archiveFiles(artifact) {
  if (artifact.files !== null) return artifact.files;
  const overhead = ZIP_ENTRY_OVERHEAD + 2 * FILLER_PATH.length + ZIP_END_BYTES;
  if (artifact.size < overhead) return [];
  return [{ path: FILLER_PATH, bytes: artifact.size - overhead }];
}

// src/emulator/artifacts/generated-bytes.ts
var GENERATED_BLOCK_BYTES = 64 * 1024;
function generatedBlock(path) {
  let seed = 2166136261;
  for (let index = 0; index < path.length; index++) {
    seed ^= path.charCodeAt(index);
    seed = Math.imul(seed, 16777619) >>> 0;
  }
  let state = seed || 1;
  const block = new Uint8Array(GENERATED_BLOCK_BYTES);
  const words = new Uint32Array(block.buffer);
  for (let index = 0; index < words.length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    words[index] = state;
  }
  return block;
}

// src/emulator/artifacts/find-archive-file.ts
function findArchiveFile(artifact, path) {
  const file = archiveFiles(artifact).find((candidate) => candidate.path === path);
  if (!file) return void 0;
  if ("text" in file) {
    const bytes = new TextEncoder().encode(file.text);
    return { path, size: bytes.length, head: bytes.subarray(0, 512), stream: () => once(bytes) };
  }
  const block = generatedBlock(file.path);
  const total = file.bytes;
  return {
    path,
    size: total,
    head: block.subarray(0, Math.min(512, total)),
    stream() {
      let sent = 0;
      return new ReadableStream({
        pull(controller) {
          if (sent >= total) {
            controller.close();
            return;
          }
          const size = Math.min(GENERATED_BLOCK_BYTES, total - sent);
          sent += size;
          controller.enqueue(block.slice(0, size));
        }
      });
    }
  };
}
function once(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice());
      controller.close();
    }
  });
}

// src/emulator/api/artifacts-entry-response.ts
var BY_EXTENSION = {
  ".avif": "image/avif",
  ".css": "text/css; charset=utf-8",
  ".gif": "image/gif",
  ".htm": "text/html; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".jpeg": "image/jpeg",
  ".jpg": "image/jpeg",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".mjs": "text/javascript; charset=utf-8",
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".webp": "image/webp",
  ".xml": "text/xml; charset=utf-8"
};
function artifactsEntryResponse(artifact, path, contentType2) {
  const file = findArchiveFile(artifact, path);
  if (!file) {
    return new Response("404 page not found\n", {
      status: 404,
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "x-content-type-options": "nosniff"
      }
    });
  }
  const basename = path.slice(path.lastIndexOf("/") + 1);
  const type = contentType2 === "extension" ? BY_EXTENSION[extension(basename)] ?? "application/octet-stream" : sniff(file.head);
  return new Response(file.stream(), {
    status: 200,
    headers: {
      "content-length": String(file.size),
      "content-type": type,
      "content-disposition": `attachment; filename="${basename.replace(/"/g, '\\"')}"`
    }
  });
}
function extension(name) {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
}
function sniff(head) {
  const binary = head.some(
    (byte) => byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27
  );
  return binary ? "application/octet-stream" : "text/plain; charset=utf-8";
}

// src/emulator/api/authorize-job-artifacts.ts
function authorizeJobArtifacts(context, project, job) {
  if (!canReadJobArtifacts(project, context.identity.user, job)) throw forbidden();
}

// src/emulator/api/check-artifact-path.ts
function checkArtifactPath(context) {
  const path = context.c.req.param("artifact_path") ?? "";
  if (path.includes("\0") || path.includes("\uFFFD"))
    throw apiError(400, { message: "400 Bad request" });
  return path;
}

// src/emulator/api/get-job-artifact-file-route.ts
var getJobArtifactFileRoute = {
  method: "GET",
  path: "/projects/:id/jobs/:job_id/artifacts/:artifact_path{.+}",
  jobTokens: "always",
  authenticate: "non-get",
  params: [JOB_ID_PARAM],
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, "read");
    const job = findProjectJob(context, project, jobId, "builds");
    authorizeJobArtifacts(context, project, job);
    const archive = availableArchive(context.state, job, context.now);
    if (!archive) throw notFound();
    const path = checkArtifactPath(context);
    return artifactsEntryResponse(archive, path, "extension");
  }
};

// src/emulator/artifacts/zip-archive-stream.ts
var ARCHIVE_MTIME = Date.UTC(2024, 5, 3, 12, 0, 0);
function zipArchiveStream(files) {
  const ready = [];
  let ended = false;
  let failure;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else {
      ready.push(chunk);
      if (final) ended = true;
    }
  });
  let next = 0;
  let generating;
  const step = () => {
    if (generating) {
      const size = Math.min(GENERATED_BLOCK_BYTES, generating.left);
      generating.left -= size;
      const done = generating.left === 0;
      generating.entry.push(generating.block.subarray(0, size), done);
      if (done) generating = void 0;
      return;
    }
    const file = files[next++];
    if (file === void 0) {
      zip.end();
      return;
    }
    if ("text" in file) {
      const entry2 = new ZipDeflate(file.path, { level: TEXT_DEFLATE_LEVEL });
      entry2.mtime = ARCHIVE_MTIME;
      zip.add(entry2);
      entry2.push(strToU8(file.text), true);
      return;
    }
    const entry = new ZipPassThrough(file.path);
    entry.mtime = ARCHIVE_MTIME;
    zip.add(entry);
    if (file.bytes === 0) entry.push(new Uint8Array(0), true);
    else generating = { entry, block: generatedBlock(file.path), left: file.bytes };
  };
  return new ReadableStream({
    pull(controller) {
      while (ready.length === 0 && !ended && !failure) step();
      if (failure) {
        controller.error(failure);
        return;
      }
      for (const chunk of ready.splice(0)) controller.enqueue(chunk);
      if (ended) controller.close();
    }
  });
}

// src/emulator/artifacts/archive-stream.ts
var CACHED_ARCHIVE_LIMIT = 8 * 1024 * 1024;
var built = /* @__PURE__ */ new WeakMap();
async function archiveStream(artifact) {
  const cached = built.get(artifact);
  if (cached) return bytesStream(cached);
  const stream2 = zipArchiveStream(archiveFiles(artifact));
  if (artifact.size > CACHED_ARCHIVE_LIMIT) return stream2;
  const bytes = new Uint8Array(await new Response(stream2).arrayBuffer());
  built.set(artifact, bytes);
  return bytesStream(bytes);
}
function bytesStream(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice());
      controller.close();
    }
  });
}

// src/emulator/artifacts/object-storage.ts
var SIGNED_LINK_TTL_MS = 10 * 60 * 1e3;
var OBJECT_STORAGE_PATH = "/-/object-storage";
var ObjectStorage = class {
  #links = /* @__PURE__ */ new Map();
  /** Signs a link to `artifact`, valid for {@link SIGNED_LINK_TTL_MS} from `now`; returns its key. */
  sign(artifact, now) {
    this.#forgetExpired(now);
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const key = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
    this.#links.set(key, { artifact, expiresAt: now + SIGNED_LINK_TTL_MS });
    return key;
  }
  /** The archive a key signs, while its link is valid. */
  open(key, now) {
    const link = this.#links.get(key);
    if (!link || link.expiresAt <= now) return void 0;
    return link.artifact;
  }
  #forgetExpired(now) {
    for (const [key, link] of this.#links) if (link.expiresAt <= now) this.#links.delete(key);
  }
};
function objectStorageOrigin(requestUrl) {
  const url = new URL(requestUrl.origin);
  if (url.hostname === "127.0.0.1") url.hostname = "localhost";
  else if (url.hostname === "localhost") url.hostname = "127.0.0.1";
  else if (!/^[\d.]+$|^\[/.test(url.hostname)) url.hostname = `objects.${url.hostname}`;
  return url.origin;
}

// src/emulator/api/artifacts-archive-response.ts
async function presentArchive(context, artifact) {
  if (context.state.settings.artifactsDownload !== "redirect") {
    return artifactsArchiveResponse(artifact);
  }
  const key = context.state.objectStorage.sign(artifact, context.now);
  const origin = objectStorageOrigin(new URL(context.c.req.url));
  const location = `${origin}${OBJECT_STORAGE_PATH}/${key}/${encodeURIComponent(artifact.filename)}`;
  return new Response(null, { status: 302, headers: { location } });
}
async function artifactsArchiveResponse(artifact) {
  return new Response(await archiveStream(artifact), {
    status: 200,
    headers: {
      "content-type": "application/octet-stream",
      "content-length": String(artifact.size),
      "content-disposition": attachmentDisposition(artifact.filename),
      "content-transfer-encoding": "binary"
    }
  });
}
function attachmentDisposition(filename) {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "\\$&");
  const encoded = Array.from(new TextEncoder().encode(filename), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9!#$&+.^_`|~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }).join("");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

// src/emulator/api/get-job-artifacts-route.ts
var getJobArtifactsRoute = {
  method: "GET",
  path: "/projects/:id/jobs/:job_id/artifacts",
  jobTokens: "always",
  authenticate: "non-get",
  params: [JOB_ID_PARAM],
  async handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, "read");
    const job = findProjectJob(context, project, jobId, "builds");
    authorizeJobArtifacts(context, project, job);
    const archive = availableArchive(context.state, job, context.now);
    if (!archive) throw notFound();
    return presentArchive(context, archive);
  }
};

// src/emulator/api/get-job-route.ts
var getJobRoute = {
  method: "GET",
  path: "/projects/:id/jobs/:job_id",
  jobTokens: "never",
  params: [JOB_ID_PARAM],
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, "read");
    const job = findProjectJob(context, project, jobId, "builds");
    return context.c.json(presentJob(context.present, job));
  }
};

// src/emulator/api/get-job-trace-route.ts
var getJobTraceRoute = {
  method: "GET",
  path: "/projects/:id/jobs/:job_id/trace",
  jobTokens: "never",
  params: [JOB_ID_PARAM],
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, "read");
    const job = findProjectJob(context, project, jobId, "builds");
    if (isDebugMode(context.state, job) && !canUpdateJobs(project, context.identity.user)) {
      throw forbidden();
    }
    const trace = jobTrace(context.state, job, context.now);
    return new Response(trace.body, {
      status: 200,
      headers: {
        // Grape's `content_type 'text/plain'` (lib/api/ci/jobs.rb), with no charset.
        "content-type": "text/plain",
        "content-length": String(trace.length),
        "content-disposition": `infile; filename="${job.id}.log"`
      }
    });
  }
};

// src/emulator/api/get-latest-pipeline-route.ts
var getLatestPipelineRoute = {
  method: "GET",
  path: "/projects/:id/pipelines/latest",
  authenticate: "non-get",
  jobTokens: "never",
  params: [],
  handle(context) {
    const { state, params } = context;
    const project = loadProject(context, "visible");
    const setup = state.pipelineSetups.get(project.id);
    const ref = typeof params.ref === "string" && params.ref !== "" ? params.ref : setup?.branches[0] ?? "main";
    let latest;
    for (const pipeline of state.pipelines.values()) {
      if (pipeline.projectId !== project.id || pipeline.ref !== ref) continue;
      if (pipeline.source === "parent_pipeline") continue;
      if (!latest || pipeline.id > latest.id) latest = pipeline;
    }
    if (!latest || !canReadPipeline(project, context.identity.user)) throw forbidden();
    return context.c.json(presentPipelineDetail(context.present, latest, void 0, true));
  }
};

// src/emulator/api/get-pipeline-route.ts
var getPipelineRoute = {
  method: "GET",
  path: "/projects/:id/pipelines/:pipeline_id",
  authenticate: "non-get",
  jobTokens: "never",
  params: [PIPELINE_ID_PARAM],
  handle(context) {
    const project = loadProject(context, "visible");
    const pipeline = findReadablePipeline(context, project);
    return context.c.json(presentPipelineDetail(context.present, pipeline, void 0, true));
  }
};

// src/emulator/artifacts/latest-build-for-ref.ts
function latestBuildForRef(state, project, ref, name, now) {
  const root = latestSuccessfulPipeline(state, project, ref);
  if (!root) return void 0;
  const pipelines = selfAndProjectDescendants(state, root).sort((a, b) => a.id - b.id);
  for (const pipeline of pipelines) {
    const found = state.pipelineJobs(pipeline).find(
      (job) => job.kind === "build" && !job.retried && job.spec.name === name && job.spec.artifacts.length > 0 && artifactsUploadedAt(job, now) !== null
    );
    if (found) return found;
  }
  return void 0;
}
function selfAndProjectDescendants(state, root) {
  const found = [root];
  for (let index = 0; index < found.length; index++) {
    const pipeline = found[index];
    for (const job of state.pipelineJobs(pipeline)) {
      const child = job.downstreamPipelineId === null ? void 0 : state.pipelines.get(job.downstreamPipelineId);
      if (child && child.projectId === root.projectId) found.push(child);
    }
  }
  return found;
}

// src/emulator/api/find-ref-build.ts
function findRefBuild(context, project, name) {
  const ref = context.c.req.param("ref_name") ?? "";
  const build = latestBuildForRef(context.state, project, ref, name, context.now);
  if (!build) throw recordNotFound();
  return build;
}
function readJobName(context) {
  const name = context.params.job;
  if (name === void 0 || name === null) throw invalidParams("job is missing");
  if (typeof name === "object") throw invalidParams("job is invalid");
  return String(name);
}

// src/emulator/api/get-ref-artifact-file-route.ts
var getRefArtifactFileRoute = {
  method: "GET",
  path: "/projects/:id/jobs/artifacts/:ref_name{.+}/raw/:artifact_path{.+}",
  jobTokens: "always",
  authenticate: "non-get",
  params: [],
  handle(context) {
    const name = readJobName(context);
    const project = loadProject(context, "read");
    const build = findRefBuild(context, project, name);
    authorizeJobArtifacts(context, project, build);
    const path = checkArtifactPath(context);
    const archive = availableArchive(context.state, build, context.now);
    if (!archive) throw notFound();
    return artifactsEntryResponse(archive, path, "sniffed");
  }
};

// src/emulator/api/get-ref-artifacts-route.ts
var getRefArtifactsRoute = {
  method: "GET",
  path: "/projects/:id/jobs/artifacts/:ref_name{.+}/download",
  jobTokens: "always",
  authenticate: "non-get",
  params: [],
  async handle(context) {
    const name = readJobName(context);
    const project = loadProject(context, "read");
    const build = findRefBuild(context, project, name);
    authorizeJobArtifacts(context, project, build);
    const archive = availableArchive(context.state, build, context.now);
    if (!archive) throw notFound();
    return presentArchive(context, archive);
  }
};

// src/emulator/http/to-query.ts
function cgiEscape(text) {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`).replaceAll("%20", "+");
}
function toQuery(params, namespace) {
  const pairs = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === void 0) continue;
    const name = namespace === void 0 ? key : `${namespace}[${key}]`;
    const pair = valueToQuery(value, name);
    if (pair !== void 0) pairs.push(pair);
  }
  if (!(namespace ?? "").includes("[]")) pairs.sort();
  return pairs.join("&");
}
function valueToQuery(value, name) {
  if (Array.isArray(value)) {
    if (value.length === 0) return void 0;
    return value.map((item) => valueToQuery(item, `${name}[]`) ?? "").join("&");
  }
  if (typeof value === "object" && value !== null) {
    const hash = value;
    return Object.keys(hash).length === 0 ? void 0 : toQuery(hash, name);
  }
  return `${cgiEscape(name)}=${cgiEscape(value === null ? "" : String(value))}`;
}

// src/emulator/http/offset-pagination.ts
var DEFAULT_PER_PAGE = 20;
var MAX_PER_PAGE = 100;
var MAX_COUNT_LIMIT = 1e4;
function readPageRequest(params) {
  const page = typeof params.page === "number" ? Math.max(1, params.page) : 1;
  const asked = params.per_page;
  const perPage = typeof asked === "number" && asked > 0 ? Math.min(MAX_PER_PAGE, asked) : DEFAULT_PER_PAGE;
  return { page, perPage, params };
}
function paginateOffset(c, items, request, counts) {
  const { page, perPage } = request;
  const start = (page - 1) * perPage;
  const slice = items.slice(start, start + perPage);
  const counted = counts && items.length <= MAX_COUNT_LIMIT;
  const totalPages = Math.ceil(items.length / perPage);
  const outOfRange = counted ? page > totalPages : slice.length === 0;
  const nextPage = !outOfRange && start + perPage < items.length ? page + 1 : null;
  const prevPage = !outOfRange && page > 1 ? page - 1 : null;
  const link = (target) => pageUrl(c.req.url, request.params, target);
  const links = [];
  if (prevPage !== null) links.push(`<${link(prevPage)}>; rel="prev"`);
  if (nextPage !== null) links.push(`<${link(nextPage)}>; rel="next"`);
  links.push(`<${link(1)}>; rel="first"`);
  if (counted) links.push(`<${link(Math.max(1, totalPages))}>; rel="last"`);
  c.header("x-per-page", String(perPage));
  c.header("x-page", String(page));
  c.header("x-next-page", nextPage === null ? "" : String(nextPage));
  c.header("x-prev-page", prevPage === null ? "" : String(prevPage));
  c.header("link", links.join(", "));
  if (counted) {
    c.header("x-total", String(items.length));
    c.header("x-total-pages", String(Math.max(1, totalPages)));
  }
  return slice;
}
function pageUrl(requestUrl, params, page) {
  const url = new URL(requestUrl);
  url.search = toQuery({ ...params, page, per_page: params.per_page });
  return url.toString();
}

// src/emulator/api/list-pipeline-kind.ts
var PIPELINE_SCOPE = { name: "scope", type: "scope", hashes: "invalid" };
var PIPELINE_JOBS_PARAMS = [
  PIPELINE_ID_PARAM,
  { name: "include_retried", type: "boolean", default: false },
  PIPELINE_SCOPE,
  ...PAGINATION_PARAMS
];
var PIPELINE_BRIDGES_PARAMS = [
  PIPELINE_ID_PARAM,
  PIPELINE_SCOPE,
  ...PAGINATION_PARAMS
];
function listPipelineKind(context, kind) {
  const { c, params, state } = context;
  const pipelineId = readPipelineId(context);
  const includeRetried = isRubyTruthy(params.include_retried);
  const scope = params.scope;
  const page = readPageRequest(params);
  const project = loadProject(context, kind === "build" ? "visible" : "read");
  if (kind === "build" && !canReadPipelines(project, context.identity.user)) throw forbidden();
  const pipeline = findProjectPipeline(context, project, pipelineId);
  if (!canReadJobs(project, context.identity.user)) return paginateOffset(c, [], page, true);
  const jobs = state.pipelineJobs(pipeline).filter((job) => job.kind === kind && (includeRetried || !job.retried)).filter((job) => !scope || scope.includes(job.status)).sort((a, b) => b.id - a.id);
  return paginateOffset(c, jobs, page, true);
}

// src/emulator/api/list-pipeline-bridges-route.ts
var listPipelineBridgesRoute = {
  method: "GET",
  path: "/projects/:id/pipelines/:pipeline_id/bridges",
  // lib/api/ci/pipelines.rb: `before { authenticate_non_get! }`.
  authenticate: "non-get",
  jobTokens: "lists",
  params: PIPELINE_BRIDGES_PARAMS,
  handle(context) {
    const bridges = listPipelineKind(context, "bridge");
    return context.c.json(bridges.map((bridge) => presentBridge(context.present, bridge)));
  }
};

// src/emulator/api/list-pipeline-jobs-route.ts
var listPipelineJobsRoute = {
  method: "GET",
  path: "/projects/:id/pipelines/:pipeline_id/jobs",
  // lib/api/ci/pipelines.rb: `before { authenticate_non_get! }`.
  authenticate: "non-get",
  jobTokens: "lists",
  params: PIPELINE_JOBS_PARAMS,
  handle(context) {
    const jobs = listPipelineKind(context, "build");
    return context.c.json(jobs.map((job) => presentJob(context.present, job)));
  }
};

// src/emulator/api/list-pipeline-trigger-jobs-route.ts
var listPipelineTriggerJobsRoute = {
  ...listPipelineBridgesRoute,
  path: "/projects/:id/pipelines/:pipeline_id/trigger_jobs"
};

// src/emulator/present/present-pipeline-variable.ts
function presentPipelineVariable(variable) {
  return {
    variable_type: variable.variableType,
    key: variable.key,
    value: variable.value,
    raw: false
  };
}

// src/emulator/api/list-pipeline-variables-route.ts
var listPipelineVariablesRoute = {
  method: "GET",
  path: "/projects/:id/pipelines/:pipeline_id/variables",
  authenticate: "non-get",
  jobTokens: "never",
  params: [PIPELINE_ID_PARAM],
  handle(context) {
    const project = loadProject(context, "visible");
    const pipeline = findProjectPipeline(context, project, readPipelineId(context));
    if (!canReadPipelineVariables(project, context.identity.user, pipeline)) throw forbidden();
    return context.c.json(pipelineVariables(context.state, pipeline).map(presentPipelineVariable));
  }
};

// src/emulator/api/list-pipelines-route.ts
var SCOPES = ["running", "pending", "finished", "branches", "tags"];
var ORDER_BY = ["id", "status", "ref", "updated_at", "user_id"];
var SOURCES = [
  "unknown",
  "push",
  "web",
  "trigger",
  "schedule",
  "api",
  "external",
  "pipeline",
  "chat",
  "webide",
  "merge_request_event",
  "external_pull_request_event",
  "parent_pipeline",
  "ondemand_dast_scan",
  "ondemand_dast_validation",
  "security_orchestration_policy",
  "container_registry_push",
  "duo_workflow",
  "pipeline_execution_policy_schedule"
];
var DATE_PARAMS = ["updated_before", "updated_after", "created_before", "created_after"];
var listPipelinesRoute = {
  method: "GET",
  path: "/projects/:id/pipelines",
  authenticate: "non-get",
  jobTokens: "never",
  params: [...PAGINATION_PARAMS, { name: "yaml_errors", type: "boolean" }],
  handle(context) {
    const { c, params, state, identity } = context;
    const dates = checkListParams(params);
    const project = loadProject(context, "visible");
    if (!canReadPipeline(project, identity.user)) throw forbidden();
    let pipelines = [...state.pipelines.values()].filter(
      (pipeline) => pipeline.projectId === project.id && (pipeline.source !== "parent_pipeline" || params.source === "parent_pipeline")
    );
    pipelines = byScope(state, pipelines, params.scope);
    const user = [...state.users.values()].find((each) => each.username === params.username);
    const status = (pipeline) => pipelineStatus(state, pipeline);
    const updated = (pipeline) => pipelineUpdatedAt(state, pipeline);
    pipelines = pipelines.filter(
      (pipeline) => (!params.status || status(pipeline) === params.status) && (!params.source || pipeline.source === params.source) && (!params.ref || pipeline.ref === params.ref) && (!params.sha || pipeline.sha === params.sha) && (!params.username || user !== void 0 && pipeline.userId === user.id) && (!params.name || pipeline.name === params.name) && params.yaml_errors !== true && (dates.updated_before === void 0 || updated(pipeline) < dates.updated_before) && (dates.updated_after === void 0 || updated(pipeline) > dates.updated_after) && (dates.created_before === void 0 || pipeline.createdAt < dates.created_before) && (dates.created_after === void 0 || pipeline.createdAt > dates.created_after)
    );
    const orderBy = typeof params.order_by === "string" ? params.order_by : "id";
    const direction = params.sort === "asc" ? 1 : -1;
    const key = (pipeline) => {
      if (orderBy === "status") return status(pipeline);
      if (orderBy === "ref") return pipeline.ref;
      if (orderBy === "updated_at") return updated(pipeline);
      if (orderBy === "user_id") return pipeline.userId;
      return pipeline.id;
    };
    pipelines.sort((a, b) => compare(key(a), key(b)) * direction || b.id - a.id);
    const page = paginateOffset(c, pipelines, readPageRequest(params), true);
    return c.json(
      page.map((pipeline) => ({
        ...presentPipeline(context.present, pipeline),
        name: pipeline.name ?? null
      }))
    );
  }
};
function checkListParams(params) {
  const problems = [];
  const oneOf = (name, allowed) => {
    const value = params[name];
    if (value === void 0 || value === null) return;
    const ok = typeof value === "string" && (Array.isArray(allowed) ? allowed.includes(value) : allowed.has(value));
    if (!ok) problems.push(`${name} does not have a valid value`);
  };
  oneOf("scope", SCOPES);
  oneOf("status", SCOPE_VALUES);
  for (const name of ["ref", "sha", "username"])
    if (params[name] !== void 0 && typeof params[name] !== "string")
      problems.push(`${name} is invalid`);
  const dates = {};
  for (const name of DATE_PARAMS) {
    const value = params[name];
    if (value === void 0 || value === null) continue;
    const time = typeof value === "string" ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) problems.push(`${name} is invalid`);
    else dates[name] = time;
  }
  oneOf("order_by", ORDER_BY);
  oneOf("sort", ["asc", "desc"]);
  oneOf("source", SOURCES);
  if (problems.length > 0) throw invalidParams(problems.join(", "));
  return dates;
}
function byScope(state, pipelines, scope) {
  const status = (pipeline) => pipelineStatus(state, pipeline);
  if (scope === "running" || scope === "pending")
    return pipelines.filter((pipeline) => status(pipeline) === scope);
  if (scope === "finished")
    return pipelines.filter(
      (pipeline) => ["success", "failed", "canceled", "skipped"].includes(status(pipeline))
    );
  if (scope !== "branches" && scope !== "tags") return pipelines;
  const tag = scope === "tags";
  const setup = state.pipelineSetups.get(pipelines[0]?.projectId ?? -1);
  const refs = new Set(tag ? setup?.tags : setup?.branches);
  const newest = /* @__PURE__ */ new Map();
  for (const pipeline of pipelines) {
    if (pipeline.tag !== tag || !refs.has(pipeline.ref)) continue;
    const seen = newest.get(pipeline.ref);
    if (!seen || pipeline.id > seen.id) newest.set(pipeline.ref, pipeline);
  }
  return [...newest.values()];
}
function compare(a, b) {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

// src/emulator/http/keyset-pagination.ts
function paginateKeyset(c, items, request, cursor) {
  const afterId = cursor === void 0 ? void 0 : decodeCursor(cursor);
  const start = afterId === void 0 ? 0 : items.findIndex((item) => item.id < afterId);
  const slice = start < 0 ? [] : items.slice(start, start + request.perPage);
  const last = slice.at(-1);
  const hasMore = start >= 0 && start + request.perPage < items.length;
  if (last && hasMore) {
    const url = new URL(c.req.url);
    url.search = toQuery({ ...request.params, cursor: encodeCursor(last.id) });
    c.header("link", `<${url.toString()}>; rel="next"`);
  }
  return slice;
}
function encodeCursor(id) {
  return btoa(JSON.stringify({ id: String(id), _kd: "n" })).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}
function decodeCursor(cursor) {
  try {
    const json2 = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
    const id = Number(JSON.parse(json2).id);
    if (Number.isInteger(id)) return id;
  } catch {
  }
  throw invalidParams("cursor is invalid");
}

// src/emulator/api/list-project-jobs-route.ts
var OFFSET_LIMIT = 5e4;
var listProjectJobsRoute = {
  method: "GET",
  path: "/projects/:id/jobs",
  jobTokens: "lists",
  params: [{ name: "scope", type: "scope", hashes: "values" }, ...PAGINATION_PARAMS],
  handle(context) {
    const { c, params, state } = context;
    const scope = params.scope;
    const page = readPageRequest(params);
    const project = loadProject(context, "read");
    const keyset = params.pagination === "keyset";
    if (keyset && ((params.order_by ?? "id") !== "id" || (params.sort ?? "desc") !== "desc")) {
      throw apiError(405, {
        error: "Keyset pagination is not yet available for this type of request"
      });
    }
    const asked = Number(params.page) * Number(params.per_page);
    if (!keyset && state.settings.enforceOffsetLimit && asked > OFFSET_LIMIT) {
      throw apiError(405, {
        error: `Offset pagination has a maximum allowed offset of ${OFFSET_LIMIT} for requests that return objects of type Ci::Build. Remaining records can be retrieved using keyset pagination.`
      });
    }
    const jobs = [...state.jobs.values()].filter((job) => job.projectId === project.id && job.kind === "build").filter((job) => !scope || scope.includes(job.status)).sort((a, b) => b.id - a.id);
    const cursor = typeof params.cursor === "string" ? params.cursor : void 0;
    const slice = keyset ? paginateKeyset(c, jobs, page, cursor) : paginateOffset(c, jobs, page, false);
    return c.json(slice.map((job) => presentJob(context.present, job)));
  }
};

// src/emulator/state/retry-job.ts
function isRetryable(state, job) {
  const retryable = job.status === "success" || job.status === "failed" || job.status === "canceled" || job.status === "canceling";
  return retryable && !job.retried && !state.pipeline(job.pipelineId).archived;
}
function retryJob(state, job, at, userId) {
  if (!isRetryable(state, job)) return void 0;
  const pipeline = state.pipeline(job.pipelineId);
  job.retried = true;
  const retry = addJob(state, pipeline, job.spec, at, job.attempt + 1, job);
  retry.userId = userId;
  retry.playVariables = job.playVariables;
  retry.playedByUserId = job.playedByUserId;
  resetSkippedDependents(state, pipeline, job, at);
  startJob(state, retry, at);
  settlePipeline(state, pipeline, at);
  return retry;
}
function resetSkippedDependents(state, pipeline, job, at) {
  const latest = state.pipelineJobs(pipeline).filter((other) => !other.retried);
  const reset = /* @__PURE__ */ new Set([job.spec.name]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const other of latest) {
      if (other.status !== "skipped" || reset.has(other.spec.name)) continue;
      if (!dependsOnAny(pipeline, other, latest, reset)) continue;
      other.status = "created";
      other.updatedAt = at;
      reset.add(other.spec.name);
      grew = true;
    }
  }
}
function dependsOnAny(pipeline, job, latest, names) {
  if (job.spec.needs !== null) return job.spec.needs.some((name) => names.has(name));
  const stage = pipeline.stages.indexOf(job.spec.stage);
  return latest.some(
    (other) => names.has(other.spec.name) && pipeline.stages.indexOf(other.spec.stage) < stage
  );
}

// src/emulator/state/play-job.ts
function isPlayable(state, job) {
  const action = job.spec.when === "manual" || job.spec.when === "delayed";
  if (!action || state.pipeline(job.pipelineId).archived) return false;
  if (job.kind === "bridge") return job.status === "manual";
  return job.status === "manual" || job.status === "scheduled" || isRetryable(state, job);
}
function playJob(state, job, at, userId, variables) {
  if (!isPlayable(state, job)) return { kind: "unplayable" };
  if (job.status !== "manual" && job.status !== "scheduled") {
    const retry = retryJob(state, job, at, userId);
    return retry ? { kind: "retried", job: retry } : { kind: "unplayable" };
  }
  state.unschedule(job);
  job.userId = userId;
  job.playedByUserId = userId;
  job.playVariables = job.kind === "bridge" ? [] : variables ?? [];
  startJob(state, job, at);
  settlePipeline(state, state.pipeline(job.pipelineId), at);
  return { kind: "started", job };
}

// src/emulator/api/read-job-variables.ts
function readJobVariables(params) {
  const value = params.job_variables_attributes;
  return Array.isArray(value) ? value : void 0;
}
function checkVariableKeys(variables) {
  const messages = /* @__PURE__ */ new Set();
  for (const { key } of variables) {
    if (key === "") messages.add("can't be blank");
    if (key.length > MAX_VARIABLE_KEY_LENGTH)
      messages.add(`is too long (maximum is ${MAX_VARIABLE_KEY_LENGTH} characters)`);
    if (!VARIABLE_KEY_PATTERN.test(key)) messages.add("can contain only letters, digits and '_'.");
  }
  if (messages.size > 0) throw apiError(400, { message: { "job_variables.key": [...messages] } });
}

// src/emulator/api/play-job-route.ts
var playJobRoute = {
  method: "POST",
  path: "/projects/:id/jobs/:job_id/play",
  jobTokens: "never",
  params: [JOB_ID_PARAM, { name: "job_variables_attributes", type: "key-value-array" }],
  handle(context) {
    const { state, identity, now } = context;
    const jobId = readJobId(context);
    const variables = readJobVariables(context.params);
    const project = loadProject(context, "read");
    const job = findProjectJob(context, project, jobId, "builds-and-bridges");
    const mayPlay = canWriteJob(state, project, identity.user, job) && (job.kind !== "bridge" || canUpdateDownstream(state, job, identity.user));
    if (!mayPlay || !identity.user) throw forbidden();
    if (!isPlayable(state, job)) throw badRequest("Unplayable Job");
    if (variables?.length && !canSetPipelineVariables(project, identity.user)) throw forbidden();
    if (variables) checkVariableKeys(variables);
    const outcome = playJob(state, job, now, identity.user.id, variables);
    if (outcome.kind === "unplayable") throw badRequest("Unplayable Job");
    return context.c.json(presentJob(context.present, job), 200);
  }
};

// src/emulator/present/present-bridge-as-job.ts
function presentBridgeAsJob(context, bridge) {
  const pipeline = context.state.pipeline(bridge.pipelineId);
  return {
    ...presentJobBasic(context, bridge),
    artifacts: [],
    runner: null,
    artifacts_expire_at: null,
    archived: pipeline.archived,
    tag_list: ["bridge"]
  };
}

// src/emulator/api/retry-job-route.ts
var retryJobRoute = {
  method: "POST",
  path: "/projects/:id/jobs/:job_id/retry",
  jobTokens: "never",
  params: [JOB_ID_PARAM],
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, "visible");
    const job = findProjectJob(context, project, jobId, "builds-and-bridges");
    if (!canWriteJob(context.state, project, context.identity.user, job)) throw forbidden();
    const retry = retryJob(context.state, job, context.now, actingUserId(context.identity));
    if (!retry) throw forbidden("Job is not retryable");
    const body = retry.kind === "bridge" ? presentBridgeAsJob(context.present, retry) : presentJob(context.present, retry);
    return context.c.json(body, 201);
  }
};

// src/emulator/state/retry-pipeline.ts
function retryPipeline(state, pipeline, at, userId) {
  const latest = state.pipelineJobs(pipeline).filter((job) => !job.retried);
  for (const job of latest) {
    if (job.status !== "failed" && job.status !== "canceled") continue;
    if (!isRetryable(state, job)) continue;
    job.retried = true;
    const retry = addJob(state, pipeline, job.spec, at, job.attempt + 1, job);
    retry.userId = userId;
    retry.playVariables = job.playVariables;
    retry.playedByUserId = job.playedByUserId;
  }
  if (pipeline.archived) return;
  for (const job of latest) {
    if (job.status !== "skipped") continue;
    job.status = "created";
    job.updatedAt = at;
  }
  settlePipeline(state, pipeline, at);
}

// src/emulator/api/retry-pipeline-route.ts
var retryPipelineRoute = {
  method: "POST",
  path: "/projects/:id/pipelines/:pipeline_id/retry",
  jobTokens: "never",
  params: [PIPELINE_ID_PARAM],
  handle(context) {
    const { identity, now, state } = context;
    const project = loadProject(context, "visible");
    const pipeline = findReadablePipeline(context, project);
    if (!canUpdatePipeline(project, identity.user, pipeline)) throw forbidden();
    retryPipeline(state, pipeline, now, identity.user?.id ?? null);
    return context.c.json(presentPipelineDetail(context.present, pipeline, void 0, false), 201);
  }
};

// src/emulator/api/trigger-pipeline-routes.ts
var TRIGGER_PIPELINE_ROUTES = [
  "/projects/:id/trigger/pipeline",
  "/projects/:id/ref/:ref{.+}/trigger/pipeline"
].map((path) => ({
  method: "POST",
  path,
  jobTokens: "never",
  authenticate: "none",
  params: [],
  handle: triggerPipeline
}));
function triggerPipeline(context) {
  const { c, params, state, now } = context;
  const ref = c.req.param("ref") ?? params.ref;
  checkParams(ref, params);
  if (c.req.header("x-gitlab-event") === "Pipeline Hook") throw forbidden();
  const given = params.variables === void 0 || params.variables === null ? {} : params.variables;
  const entries = Object.entries(given);
  if (!entries.every(([, value]) => typeof value === "string"))
    throw apiError(400, { message: "variables needs to be a map of key-valued strings" });
  const project = state.findProject(c.req.param("id") ?? "");
  if (!project) throw notFound();
  const variables = [
    ...entries.map(([key, value]) => ({
      key,
      value: String(value),
      variableType: "env_var"
    })),
    {
      key: "TRIGGER_PAYLOAD",
      value: JSON.stringify(
        payloadOf(c, params, Object.fromEntries(entries))
      ),
      variableType: "file"
    }
  ];
  const outcome = runFromToken(state, project, String(params.token), String(ref), variables, now);
  if (!outcome) throw notFound();
  if (outcome.kind === "refused") throw apiError(400, { message: outcome.errors });
  return c.json(presentPipelineDetail(context.present, outcome.pipeline, void 0, false), 201);
}
function checkParams(ref, params) {
  const problems = [];
  if (ref === void 0 || ref === null) problems.push("ref is missing");
  else if (typeof ref !== "string") problems.push("ref is invalid");
  else if (ref.trim() === "") problems.push("ref is empty");
  if (params.token === void 0 || params.token === null) problems.push("token is missing");
  else if (typeof params.token !== "string") problems.push("token is invalid");
  const variables = params.variables;
  if (variables !== void 0 && variables !== null && !isHash(variables))
    problems.push("variables is invalid");
  if (problems.length > 0) throw invalidParams(problems.join(", "));
}
function payloadOf(c, params, variables) {
  const merged = { ...params, ...c.req.param(), variables };
  delete merged.token;
  return merged;
}
function runFromToken(state, project, token, ref, variables, at) {
  const trigger = state.triggerByToken(token);
  if (trigger) {
    if (trigger.projectId !== project.id) return void 0;
    const user2 = state.user(trigger.ownerId);
    return runNewPipeline(
      state,
      { project, user: user2, ref, source: "trigger", variables, upstreamJob: null },
      at
    );
  }
  const job = runningJob(state, token);
  if (!job) return void 0;
  const user = state.user(job.userId);
  if (!canSeeProject(project, user) || !jobTokenAdmits(project, state.project(job.projectId)))
    return void 0;
  return runNewPipeline(
    state,
    { project, user, ref, source: "pipeline", variables, upstreamJob: job },
    at
  );
}
function runningJob(state, token) {
  const job = state.jobByToken(token);
  return job?.status === "running" || job?.status === "canceling" ? job : void 0;
}

// src/emulator/api/api-routes.ts
var API_ROUTES = [
  listProjectJobsRoute,
  listPipelineJobsRoute,
  listPipelineBridgesRoute,
  listPipelineTriggerJobsRoute,
  getCurrentJobRoute,
  getAllowedAgentsRoute,
  getJobRoute,
  getJobTraceRoute,
  // The ref routes before the job-id ones, as Grape defines them (lib/api/ci/job_artifacts.rb):
  // `jobs/artifacts/artifacts/download` is the ref `artifacts`, not job "artifacts".
  getRefArtifactsRoute,
  getRefArtifactFileRoute,
  getJobArtifactsRoute,
  getJobArtifactFileRoute,
  cancelJobRoute,
  retryJobRoute,
  eraseJobRoute,
  playJobRoute,
  // Pipelines (lib/api/ci/pipelines.rb, lib/api/ci/triggers.rb); `latest` before `:pipeline_id`,
  // as Grape declares it first.
  listPipelinesRoute,
  createPipelineRoute,
  getLatestPipelineRoute,
  getPipelineRoute,
  listPipelineVariablesRoute,
  cancelPipelineRoute,
  retryPipelineRoute,
  ...TRIGGER_PIPELINE_ROUTES
];

// src/emulator/api/create-api-app.ts
function createApiApp(runtime) {
  const api = new Hono3();
  api.use("*", requestLogMiddleware(runtime));
  api.use("*", faultMiddleware(runtime));
  api.use("*", throttleMiddleware(runtime));
  for (const route of API_ROUTES) api.on(route.method, route.path, endpoint(runtime, route));
  api.onError((error) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error("jobrelay emulator: internal error", error);
    return jsonResponse({ message: "500 Internal Server Error" }, 500);
  });
  return api;
}
function endpoint(runtime, route) {
  return async function handleEndpoint(c) {
    c.var.logEntry.applied = true;
    const now = runtime.clock.now();
    const { state } = runtime;
    syncState(state, now);
    const jobTokenAllowed = route.jobTokens === "always" || route.jobTokens === "lists" && state.settings.jobTokenListAccess;
    const identity = route.authenticate === "none" ? { kind: "anonymous", user: void 0 } : authenticate(state, c.var.credential, {
      jobTokenAllowed,
      anonymousAllowed: route.authenticate === "non-get" && route.method === "GET"
    });
    const caller = identity.kind === "job" ? `job:${identity.job.id}` : identity.kind === "user" ? `user:${identity.user.id}` : "anonymous";
    if (runtime.rateLimiter.hit("application", c.req.method, new URL(c.req.url).pathname, caller, now)) {
      return applicationLimitedResponse();
    }
    const params = declareParams(
      { ...await readRequestParams(c), ...c.req.param() },
      route.params
    );
    const baseUrl = new URL(c.req.url).origin;
    return route.handle({ c, state, identity, params, now, present: { state, now, baseUrl } });
  };
}

// src/emulator/artifacts/object-storage-response.ts
var CREDENTIAL_HEADERS = ["authorization", "private-token", "job-token", "cookie"];
async function objectStorageResponse(request, artifact) {
  if (CREDENTIAL_HEADERS.some((name) => request.headers.has(name))) {
    return s3Error(
      400,
      "InvalidArgument",
      "Only one auth mechanism allowed; a GitLab credential was sent to object storage"
    );
  }
  if (!artifact) return s3Error(403, "AccessDenied", "Request has expired");
  const from = rangeStart(request.headers.get("range"));
  if (from !== void 0 && from >= artifact.size) {
    return new Response(null, {
      status: 416,
      headers: { "content-range": `bytes */${artifact.size}` }
    });
  }
  const start = from ?? 0;
  const body = (await archiveStream(artifact)).pipeThrough(skipBytes(start));
  const headers = {
    "content-type": "application/octet-stream",
    "content-length": String(artifact.size - start),
    "accept-ranges": "bytes"
  };
  if (from === void 0) return new Response(body, { status: 200, headers });
  headers["content-range"] = `bytes ${start}-${artifact.size - 1}/${artifact.size}`;
  return new Response(body, { status: 206, headers });
}
function rangeStart(range) {
  const start = /^bytes=(\d+)-$/.exec(range?.trim() ?? "")?.[1];
  return start === void 0 ? void 0 : Number(start);
}
function skipBytes(count) {
  let left = count;
  return new TransformStream({
    transform(chunk, controller) {
      if (left >= chunk.byteLength) {
        left -= chunk.byteLength;
        return;
      }
      controller.enqueue(left > 0 ? chunk.subarray(left) : chunk);
      left = 0;
    }
  });
}
function s3Error(status, code, message) {
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    { status, headers: { "content-type": "application/xml" } }
  );
}

// src/emulator/auth/random-token.ts
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
var randomToken = (prefix) => {
  const bytes = crypto.getRandomValues(new Uint8Array(prefix === "glpat-" ? 20 : 32));
  let token = prefix;
  for (const byte of bytes) token += ALPHABET[byte % ALPHABET.length];
  return token;
};

// src/emulator/clock/emulator-clock.ts
var EmulatorClock = class {
  #mode;
  #speed;
  // In real mode, now = #base + (Date.now() - #realAnchor) * #speed; in virtual mode, now = #base.
  #base;
  #realAnchor;
  #sleepers = /* @__PURE__ */ new Set();
  constructor(options = {}) {
    this.#mode = options.mode ?? "virtual";
    this.#speed = validSpeed(options.speed ?? 1);
    this.#base = options.startAt ?? Date.now();
    this.#realAnchor = Date.now();
  }
  /** Whether the clock is virtual or real. */
  get mode() {
    return this.#mode;
  }
  /** The real-time speed factor. */
  get speed() {
    return this.#speed;
  }
  /** The current time in epoch milliseconds. */
  now() {
    if (this.#mode === "virtual") return this.#base;
    return Math.floor(this.#base + (Date.now() - this.#realAnchor) * this.#speed);
  }
  /** Moves the clock forward by `ms` (in either mode) and wakes the sleepers that are due. */
  advance(ms2) {
    if (!Number.isFinite(ms2) || ms2 < 0)
      throw new RangeError(`Cannot advance the clock by ${ms2} ms`);
    this.#rebase();
    this.#base += ms2;
    this.#wakeDue();
    return this.now();
  }
  /** Freezes time where it stands; from now on only advance() moves it. */
  useVirtualTime() {
    this.#rebase();
    this.#mode = "virtual";
    this.#reschedule();
  }
  /** Lets time run with the wall clock (times `speed`), continuing from where it stands. */
  useRealTime(speed = this.#speed) {
    this.#rebase();
    this.#mode = "real";
    this.#speed = validSpeed(speed);
    this.#reschedule();
  }
  /** Resolves once the clock has reached `now() + ms`; rejects with the signal's reason on abort. */
  sleep(ms2, signal) {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const sleeper = { wakeAt: this.now() + Math.max(0, ms2), resolve, timer: void 0 };
      const onAbort = () => {
        this.#drop(sleeper);
        reject(signal?.reason);
      };
      sleeper.resolve = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#sleepers.add(sleeper);
      if (!this.#wake(sleeper)) this.#arm(sleeper);
    });
  }
  /** Cancels every pending sleep timer (sleepers stay pending); for shutting down. */
  dispose() {
    for (const sleeper of this.#sleepers) clearTimeout(sleeper.timer);
    this.#sleepers.clear();
  }
  #rebase() {
    this.#base = this.now();
    this.#realAnchor = Date.now();
  }
  #wake(sleeper) {
    if (this.now() < sleeper.wakeAt) return false;
    this.#drop(sleeper);
    sleeper.resolve();
    return true;
  }
  #wakeDue() {
    for (const sleeper of [...this.#sleepers]) if (!this.#wake(sleeper)) this.#arm(sleeper);
  }
  #drop(sleeper) {
    clearTimeout(sleeper.timer);
    this.#sleepers.delete(sleeper);
  }
  // Only real time needs a timer: a virtual sleeper wakes in advance().
  #arm(sleeper) {
    clearTimeout(sleeper.timer);
    sleeper.timer = void 0;
    if (this.#mode !== "real") return;
    const wallMs = Math.max(0, (sleeper.wakeAt - this.now()) / this.#speed);
    sleeper.timer = setTimeout(() => {
      if (!this.#wake(sleeper)) this.#arm(sleeper);
    }, Math.ceil(wallMs));
  }
  #reschedule() {
    for (const sleeper of this.#sleepers) this.#arm(sleeper);
  }
};
function validSpeed(speed) {
  if (!Number.isFinite(speed) || speed <= 0) throw new RangeError(`Invalid clock speed ${speed}`);
  return speed;
}

// src/emulator/control/state-snapshot.ts
var iso = (ms2) => ms2 === null ? null : new Date(ms2).toISOString();
function stateSnapshot(state, clock) {
  const username = (id) => state.user(id)?.username ?? null;
  return {
    now: iso(clock.now()),
    clock: { mode: clock.mode, speed: clock.speed },
    users: [...state.users.values()].map((user) => ({
      id: user.id,
      username: user.username,
      name: user.name,
      admin: user.admin
    })),
    projects: [...state.projects.values()].map((project) => ({
      id: project.id,
      path: project.fullPath,
      visibility: project.visibility,
      members: Object.fromEntries(
        [...project.members].map(([id, level]) => [username(id), rolesUpTo(level).at(-1) ?? null])
      ),
      jobTokenScopeEnabled: project.jobTokenScopeEnabled,
      jobTokenAllowlist: [...project.jobTokenAllowlist].map(
        (id) => state.projects.get(id)?.fullPath ?? id
      ),
      branches: state.pipelineSetups.get(project.id)?.branches ?? [],
      tags: state.pipelineSetups.get(project.id)?.tags ?? [],
      // Trigger tokens are credentials: only who owns each one.
      triggers: [...state.triggers.values()].filter((trigger) => trigger.projectId === project.id).map((trigger) => ({
        id: trigger.id,
        owner: username(trigger.ownerId),
        description: trigger.description
      }))
    })),
    pipelines: [...state.pipelines.values()].map((pipeline) => ({
      id: pipeline.id,
      iid: pipeline.iid,
      projectId: pipeline.projectId,
      project: state.project(pipeline.projectId).fullPath,
      ref: pipeline.ref,
      sha: pipeline.sha,
      source: pipeline.source,
      status: pipelineStatus(state, pipeline),
      user: username(pipeline.userId),
      createdAt: iso(pipeline.createdAt),
      name: pipeline.name ?? null,
      upstreamBridgeId: pipeline.upstreamBridgeId,
      upstreamPipelineId: state.jobs.get(pipeline.upstreamBridgeId ?? -1)?.pipelineId ?? null,
      downstreamPipelineIds: [...state.pipelines.values()].filter((other) => state.jobs.get(other.upstreamBridgeId ?? -1)?.pipelineId === pipeline.id).map((other) => other.id),
      variables: pipelineVariables(state, pipeline),
      jobIds: pipeline.jobIds
    })),
    jobs: [...state.jobs.values()].map((job) => ({
      id: job.id,
      kind: job.kind,
      name: job.spec.name,
      stage: job.spec.stage,
      status: job.status,
      projectId: job.projectId,
      project: state.project(job.projectId).fullPath,
      pipelineId: job.pipelineId,
      attempt: job.attempt,
      retried: job.retried,
      retryOfId: job.retryOfId,
      user: username(job.userId),
      createdAt: iso(job.createdAt),
      queuedAt: iso(job.queuedAt),
      startedAt: iso(job.startedAt),
      finishedAt: iso(job.finishedAt),
      erasedAt: iso(job.erasedAt),
      failureReason: job.failureReason,
      playedBy: username(job.playedByUserId),
      playVariables: job.playVariables,
      downstreamPipelineId: job.downstreamPipelineId,
      hasJobToken: job.token !== null
    }))
  };
}

// src/emulator/control/create-control-app.ts
var ClockSchema = strictObject({
  mode: optional(picklist(["virtual", "real"])),
  speed: optional(pipe(number(), minValue(1e-3)))
});
var AdvanceSchema = strictObject({ ms: pipe(number(), minValue(0)) });
function createControlApp(runtime) {
  const control = new Hono3();
  control.use("*", controlTokenGuard(runtime.controlToken));
  control.get("/state", (c) => {
    runtime.sync();
    return c.json(stateSnapshot(runtime.state, runtime.clock));
  });
  control.post("/scenario", async (c) => {
    runtime.loadScenario(parseScenarioText(await c.req.text(), "posted to /-/emulator/scenario"));
    return c.json({ loaded: true, now: new Date(runtime.clock.now()).toISOString() });
  });
  const clockView = () => ({
    now: new Date(runtime.clock.now()).toISOString(),
    nowMs: runtime.clock.now(),
    mode: runtime.clock.mode,
    speed: runtime.clock.speed
  });
  control.get("/clock", (c) => c.json(clockView()));
  control.post("/clock", async (c) => {
    const input = parse(ClockSchema, await c.req.json());
    if (input.mode === "virtual") runtime.clock.useVirtualTime();
    else if (input.mode === "real" || input.speed !== void 0)
      runtime.clock.useRealTime(input.speed);
    runtime.sync();
    return c.json(clockView());
  });
  control.post("/clock/advance", async (c) => {
    const { ms: ms2 } = parse(AdvanceSchema, await c.req.json());
    runtime.clock.advance(ms2);
    runtime.sync();
    return c.json(clockView());
  });
  control.get("/faults", (c) => c.json(runtime.faults.list()));
  control.post("/faults", async (c) => {
    const body = await c.req.json();
    const specs = Array.isArray(body) ? body : [body];
    const added = specs.map((spec) => runtime.faults.add(spec));
    return c.json(
      added.map((fault) => ({ id: fault.id, remaining: fault.remaining })),
      201
    );
  });
  control.delete("/faults", (c) => {
    runtime.faults.clear();
    return c.body(null, 204);
  });
  control.get(
    "/requests",
    (c) => c.json(runtime.requestLog.list({ method: c.req.query("method"), path: c.req.query("path") }))
  );
  control.delete("/requests", (c) => {
    runtime.requestLog.clear();
    return c.body(null, 204);
  });
  control.get("/rate-limits", (c) => c.json(runtime.rateLimiter.rules()));
  control.put("/rate-limits", async (c) => {
    runtime.rateLimiter.setRules(parse(RateLimitsSchema, await c.req.json()));
    return c.json(runtime.rateLimiter.rules());
  });
  control.delete("/rate-limits", (c) => {
    runtime.rateLimiter.setRules([]);
    return c.body(null, 204);
  });
  control.get("/job-tokens", (c) => {
    runtime.sync();
    return c.json(
      runtime.state.liveJobTokens().map(({ token, job }) => ({
        token,
        jobId: job.id,
        jobName: job.spec.name,
        pipelineId: job.pipelineId,
        projectId: job.projectId,
        project: runtime.state.project(job.projectId).fullPath
      }))
    );
  });
  control.notFound((c) => c.json({ error: "unknown control route" }, 404));
  control.onError((error, c) => {
    if (error instanceof ScenarioError)
      return c.json(
        { error: "invalid scenario", message: error.message, issues: error.issues },
        400
      );
    if (error instanceof ValiError) {
      return c.json(
        {
          error: "invalid request",
          issues: error.issues.map((issue) => ({
            path: issuePath(issue),
            message: issue.message
          }))
        },
        400
      );
    }
    if (error instanceof SyntaxError) return c.json({ error: "invalid JSON body" }, 400);
    return c.json({ error: error.message }, 500);
  });
  return control;
}
function controlTokenGuard(token) {
  return async function guardControl(c, next) {
    if (token !== void 0 && c.req.header("x-emulator-control-token") !== token) {
      return c.json({ error: "control token required (X-Emulator-Control-Token)" }, 401);
    }
    return next();
  };
}

// src/emulator/http/route-pattern.ts
var PATTERN = /^(?:([A-Za-z]+|\*)\s+)?(\/\S*)$/;
var API_PREFIX = "/api/v4";
function parseRoutePattern(text) {
  const match2 = PATTERN.exec(text.trim());
  if (!match2) return void 0;
  const method = match2[1] && match2[1] !== "*" ? match2[1].toUpperCase() : null;
  return { method, segments: splitPath2(stripApiPrefix(match2[2] ?? "/")), text: text.trim() };
}
function matchesRoute(pattern, method, path) {
  if (pattern.method !== null && pattern.method !== method.toUpperCase()) return false;
  const segments = splitPath2(stripApiPrefix(path));
  for (const [index, expected] of pattern.segments.entries()) {
    if (expected === "*" && index === pattern.segments.length - 1) return true;
    const actual = segments[index];
    if (actual === void 0) return false;
    if (expected === "*" || expected.startsWith(":")) continue;
    if (expected !== actual) return false;
  }
  return segments.length === pattern.segments.length;
}
function stripApiPrefix(path) {
  return path === API_PREFIX || path.startsWith(`${API_PREFIX}/`) ? path.slice(API_PREFIX.length) || "/" : path;
}
function splitPath2(path) {
  return path.split("/").filter((segment) => segment !== "").map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
}

// src/emulator/faults/fault-spec.ts
var FAULT_KINDS = [
  "reset",
  "reset-after-send",
  "truncate",
  "refuse",
  "bad-gateway"
];
var FaultSpecSchema = pipe(
  strictObject({
    route: optional(
      pipe(
        string(),
        check(
          (text) => parseRoutePattern(text) !== void 0,
          'must look like "POST /projects/:id/jobs/:job_id/play"'
        )
      )
    ),
    times: optional(pipe(number(), integer(), minValue(1))),
    status: optional(pipe(number(), integer(), minValue(200), maxValue(599))),
    body: optional(unknown()),
    headers: optional(record(string(), string())),
    delayMs: optional(pipe(number(), minValue(0))),
    kind: optional(picklist(FAULT_KINDS)),
    apply: optional(boolean())
  }),
  check(
    (spec) => spec.status !== void 0 || spec.delayMs !== void 0 || spec.kind !== void 0,
    "a fault needs a status, a delayMs or a kind"
  ),
  check(
    (spec) => !(spec.status !== void 0 && spec.kind !== void 0),
    "give either a status or a kind, not both"
  )
);

// src/emulator/faults/fault-store.ts
var FaultStore = class {
  #faults = [];
  #nextId = 1;
  /** Arms a fault; throws a ValiError for a malformed spec. */
  add(input) {
    const spec = parse(FaultSpecSchema, input);
    const fault = {
      id: this.#nextId++,
      route: spec.route === void 0 ? null : parseRoutePattern(spec.route) ?? null,
      remaining: spec.times ?? 1,
      spec
    };
    this.#faults.push(fault);
    return fault;
  }
  /** The first armed fault matching the request, counted as used; undefined when none matches. */
  take(method, path) {
    const fault = this.#faults.find(
      (candidate) => !candidate.route || matchesRoute(candidate.route, method, path)
    );
    if (!fault) return void 0;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults = this.#faults.filter((other) => other !== fault);
    return fault;
  }
  /** The faults still armed. */
  list() {
    return this.#faults.map((fault) => ({
      id: fault.id,
      route: fault.route?.text ?? null,
      remaining: fault.remaining
    }));
  }
  /** The faults still armed, with what each does (for the dashboard). */
  armed() {
    return this.#faults;
  }
  /** Disarms one fault; false when no fault has that id. */
  remove(id) {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((fault) => fault.id !== id);
    return this.#faults.length < before;
  }
  /** Disarms every fault. */
  clear() {
    this.#faults = [];
  }
};

// src/emulator/faults/truncated-part.ts
var MAX_READ_BYTES = 2 * 1024 * 1024;
async function truncatedPart(response) {
  const header = response.headers.get("content-length");
  const chunks = [];
  let read = 0;
  let complete = true;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    read += value.length;
    if (read >= MAX_READ_BYTES) {
      complete = false;
      await reader.cancel();
      break;
    }
  }
  const bytes = new Uint8Array(read);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  const fullLength = header === null ? complete ? read : read + 1 : Number(header);
  const declaredLength = Math.max(fullLength, 1);
  return { sent: bytes.slice(0, Math.min(read, Math.floor(fullLength / 2))), declaredLength };
}

// src/emulator/faults/in-process-fetch.ts
function createInProcessFetch(handler) {
  return async function inProcessFetch(input, init) {
    const request = new Request(input, init);
    if (request.signal.aborted) throw request.signal.reason;
    const response = await abortable(Promise.resolve(handler.fetch(request)), request.signal);
    const signal = faultSignalOf(response);
    if (!signal) return response;
    const url = new URL(request.url);
    switch (signal) {
      case "refuse":
        throw fetchFailed(
          "ECONNREFUSED",
          "connect",
          `connect ECONNREFUSED ${url.hostname}:${url.port || 80}`
        );
      case "reset":
      case "reset-after-send":
        await response.body?.cancel();
        throw fetchFailed("ECONNRESET", "read", "read ECONNRESET");
      case "truncate":
        return truncated(response);
    }
  };
}
function fetchFailed(code, syscall, message) {
  const cause = Object.assign(new Error(message), {
    code,
    syscall,
    errno: code === "ECONNRESET" ? -104 : -111
  });
  return new TypeError("fetch failed", { cause });
}
async function truncated(response) {
  const { sent, declaredLength } = await truncatedPart(response);
  const headers = new Headers(response.headers);
  headers.delete(FAULT_SIGNAL_HEADER);
  headers.set("content-length", String(declaredLength));
  const body = new ReadableStream({
    start(controller) {
      if (sent.length > 0) controller.enqueue(sent);
    },
    pull(controller) {
      const cause = Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" });
      controller.error(new TypeError("terminated", { cause }));
    }
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
function abortable(promise, signal) {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

// src/emulator/rate-limit/rate-limiter.ts
var RateLimiter = class {
  #rules = [];
  #windows = /* @__PURE__ */ new Map();
  /** Replaces the rules (and forgets the counts). */
  setRules(inputs) {
    this.#rules = inputs.map((input) => ({
      route: input.route === void 0 ? null : parseRoutePattern(input.route) ?? null,
      limit: input.limit,
      windowMs: input.window === void 0 ? 6e4 : parseDuration(input.window) ?? 6e4,
      kind: input.kind ?? "throttle"
    }));
    this.#windows.clear();
  }
  /** The rules, as the control API shows them. */
  rules() {
    return this.#rules.map((rule) => ({ ...rule, route: rule.route?.text ?? null }));
  }
  /** Counts one request of `caller` against every matching rule of `kind`; the first rule exceeded. */
  hit(kind, method, path, caller, now) {
    let exceeded;
    this.#rules.forEach((rule, index) => {
      if (rule.kind !== kind || rule.route && !matchesRoute(rule.route, method, path)) return;
      const start = Math.floor(now / rule.windowMs) * rule.windowMs;
      const key = `${index}:${caller}`;
      const window = this.#windows.get(key);
      const current = window && window.start === start ? window : { start, count: 0 };
      current.count += 1;
      this.#windows.set(key, current);
      if (current.count > rule.limit && !exceeded) {
        exceeded = { rule, observed: current.count, resetAt: start + rule.windowMs };
      }
    });
    return exceeded;
  }
};

// src/emulator/request-log/request-log.ts
var RequestLog = class {
  #entries = [];
  #limit;
  #seq = 0;
  constructor(limit = 1e4) {
    this.#limit = limit;
  }
  /** Starts an entry for a new request; the caller completes it once answered. */
  record(entry) {
    const full = { seq: ++this.#seq, ...entry };
    this.#entries.push(full);
    if (this.#entries.length > this.#limit) this.#entries.shift();
    return full;
  }
  /** The entries, oldest first, optionally only one method or a path containing a fragment. */
  list(filter = {}) {
    return this.#entries.filter(
      (entry) => (!filter.method || entry.method === filter.method.toUpperCase()) && (!filter.path || entry.path.includes(filter.path))
    );
  }
  /** Forgets every entry. */
  clear() {
    this.#entries.length = 0;
  }
};

// src/emulator/scenario/runner-log.ts
function runnerLog(image, commands, outcome, end) {
  const script = commands.map(
    ({ run: run2, output, at }, index) => ({
      section: `step_${index + 1}`,
      header: `$ ${run2}`,
      collapsed: output.length > 3,
      at: `${at}s`,
      lines: output
    })
  );
  return [
    { text: "Running with gitlab-runner 17.11.0 (0f67ff19)", color: "bold" },
    "  on jobrelay-emulator s_000000000001, system ID: s_000000000001",
    {
      section: "prepare_executor",
      header: 'Preparing the "docker" executor',
      at: "0.2s",
      lines: [`Using Docker executor with image ${image} ...`, `Pulling docker image ${image} ...`]
    },
    {
      section: "get_sources",
      header: "Getting source from Git repository",
      collapsed: true,
      at: "1s",
      lines: [
        { text: "Fetching changes with git depth set to 20...", color: "green" },
        "Initialized empty Git repository in /builds/demo/app/.git/",
        "Checking out 5f3b2c1a as detached HEAD (ref is main)..."
      ]
    },
    {
      section: "step_script",
      header: 'Executing "step_script" stage of the job script',
      at: "2s",
      endAt: `${end}s`,
      lines: script
    },
    outcome === "success" ? { text: "Job succeeded", color: "green", at: `${end}s` } : { text: "ERROR: Job failed: exit code 1", color: "red", at: `${end}s` }
  ];
}

// src/emulator/scenario/demo-release-pipeline.ts
var APP_JS = `// demo-app, built by the demo's release pipeline
export function health() {
  return { status: 'ok' };
}
`;
var demoReleasePipeline = {
  refs: ["main"],
  name: "Release",
  stages: ["build", "test", "package"],
  jobs: [
    {
      name: "build",
      stage: "build",
      duration: "12s",
      artifacts: [
        {
          fileType: "archive",
          filename: "artifacts.zip",
          files: {
            "dist/app.js": APP_JS,
            "dist/health.json": '{ "status": "ok" }\n',
            "reports/build.txt": "Build finished in 9.8s\n"
          }
        }
      ],
      trace: runnerLog(
        "node:20-alpine",
        [
          { run: "npm ci", at: 3, output: ["added 412 packages in 4s"] },
          { run: "npm run build", at: 7, output: ["Build finished in 9.8s", "dist/app.js 1.2 kB"] }
        ],
        "success",
        11
      )
    },
    {
      name: "integration",
      stage: "test",
      trigger: {
        project: "demo/app",
        strategy: "depend",
        jobs: [
          {
            name: "api-tests",
            stage: "test",
            duration: "15s",
            trace: runnerLog(
              "node:20-alpine",
              [{ run: "npm run test:api", at: 3, output: ["  \u2713 38 API tests passed"] }],
              "success",
              14
            )
          },
          {
            name: "ui-tests",
            stage: "test",
            duration: "18s",
            trace: runnerLog(
              "mcr.microsoft.com/playwright:v1.49.0",
              [{ run: "npx playwright test", at: 4, output: ["  12 passed (14.2s)"] }],
              "success",
              17
            )
          }
        ]
      }
    },
    {
      name: "package",
      stage: "package",
      duration: "8s",
      trace: runnerLog(
        "alpine:3.20",
        [
          {
            run: "tar czf demo-app-$RELEASE_VERSION.tgz dist",
            at: 2,
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion the emulator performs, as a runner's shell would.
            output: ["Packaged demo-app ${RELEASE_VERSION:-snapshot}"]
          }
        ],
        "success",
        7
      )
    }
  ]
};

// src/emulator/scenario/demo-scenario.ts
var demoScenario = {
  users: [
    { username: "maintainer", name: "Maria Maintainer" },
    { username: "developer", name: "Dev Eloper" },
    { username: "outsider", name: "Otto Outsider" }
  ],
  projects: [
    {
      id: 1,
      path: "demo/app",
      description: "A demo application with CI pipelines",
      members: { maintainer: "maintainer", developer: "developer" },
      agents: [{ id: 1, configuration: { default_namespace: "demo" } }],
      // A new pipeline on main (POST /pipeline, the trigger API): build, a child pipeline, package.
      ci: [demoReleasePipeline]
    },
    {
      id: 2,
      path: "demo/deploy",
      description: "Deployment pipelines, triggered from demo/app",
      members: { maintainer: "maintainer", developer: "developer" },
      jobTokenAllowlist: ["demo/app"]
    }
  ],
  pipelines: [
    {
      project: "demo/app",
      at: "-3h",
      ref: "main",
      user: "maintainer",
      commit: { title: "Add health check endpoint" },
      stages: ["build", "test", "deploy"],
      jobs: [
        {
          name: "build",
          stage: "build",
          duration: "45s",
          tags: ["docker", "linux"],
          artifacts: [
            { fileType: "archive", filename: "artifacts.zip", size: 4821304, fileFormat: "zip" },
            { fileType: "metadata", filename: "metadata.gz", size: 312, fileFormat: "gzip" }
          ],
          trace: runnerLog(
            "node:20-alpine",
            [
              { run: "npm ci", at: 3, output: ["added 412 packages in 18s"] },
              {
                run: "npm run build",
                at: 22,
                output: [
                  "> demo-app@1.4.0 build",
                  "> tsc -p tsconfig.build.json",
                  "Build finished in 19.4s"
                ]
              }
            ],
            "success",
            44
          )
        },
        {
          name: "lint",
          stage: "test",
          duration: "21s",
          result: "failed",
          failureReason: "script_failure",
          allowFailure: true,
          trace: runnerLog(
            "node:20-alpine",
            [
              {
                run: "npm run lint",
                at: 4,
                output: [
                  "src/health.ts:12:7 lint/style/useConst",
                  "\x1B[31;1m  \u2716 This let declares a variable that is only assigned once.\x1B[0;m",
                  "Checked 48 files in 212ms. Found 1 error."
                ]
              }
            ],
            "failed",
            20
          )
        },
        {
          name: "unit-tests",
          stage: "test",
          duration: "52s",
          coverage: 87.5,
          artifacts: [
            { fileType: "junit", filename: "junit.xml.gz", size: 2114, fileFormat: "gzip" }
          ],
          trace: runnerLog(
            "node:20-alpine",
            [
              {
                run: "npm test -- --coverage",
                at: 5,
                output: [
                  " \x1B[32m\u2713\x1B[39m test/health.test.ts (4 tests) 38ms",
                  " \x1B[32m\u2713\x1B[39m test/routes.test.ts (17 tests) 211ms",
                  " Test Files  2 passed (2)",
                  "      Tests  21 passed (21)",
                  "All files |   87.5 |"
                ]
              }
            ],
            "success",
            51
          )
        },
        {
          name: "trigger-deploy",
          stage: "deploy",
          trigger: {
            project: "demo/deploy",
            strategy: "depend",
            jobs: [
              {
                name: "deploy-staging",
                stage: "deploy",
                duration: "30s",
                environment: { name: "staging", tier: "staging" },
                trace: runnerLog(
                  "alpine:3.20",
                  [
                    {
                      run: "./deploy.sh staging",
                      at: 3,
                      output: ["Deploying demo-app 1.4.0 to staging", "Done."]
                    }
                  ],
                  "success",
                  29
                )
              }
            ]
          }
        }
      ]
    },
    {
      project: "demo/app",
      at: "-2s",
      ref: "main",
      user: "maintainer",
      commit: { title: "Speed up the build" },
      stages: ["build", "test", "deploy"],
      jobs: [
        {
          name: "build",
          stage: "build",
          queue: "2s",
          duration: "15s",
          tags: ["docker", "linux"],
          artifacts: [
            { fileType: "archive", filename: "artifacts.zip", size: 4790112, fileFormat: "zip" }
          ],
          trace: runnerLog(
            "node:20-alpine",
            [
              { run: "npm ci", at: 3, output: ["added 412 packages in 6s"] },
              {
                run: "npm run build",
                at: 9,
                output: [
                  "> demo-app@1.5.0 build",
                  "> tsc -p tsconfig.build.json",
                  "Build finished in 5.2s"
                ]
              }
            ],
            "success",
            15
          )
        },
        {
          name: "test",
          stage: "test",
          needs: ["build"],
          queue: "3s",
          duration: "20s",
          coverage: 88.1,
          trace: runnerLog(
            "node:20-alpine",
            [
              {
                run: "npm test",
                at: 4,
                output: [
                  " \x1B[32m\u2713\x1B[39m test/health.test.ts (4 tests) 35ms",
                  " \x1B[32m\u2713\x1B[39m test/routes.test.ts (18 tests) 198ms",
                  "      Tests  22 passed (22)"
                ]
              }
            ],
            "success",
            20
          )
        },
        {
          name: "deploy",
          stage: "deploy",
          when: "manual",
          needs: ["test"],
          duration: "12s",
          environment: { name: "production", tier: "production" },
          trace: runnerLog(
            "alpine:3.20",
            [
              {
                run: './deploy.sh "$DEPLOY_TARGET"',
                at: 3,
                // The target comes from the variable the job is played with (npm start: production).
                output: ["Deploying demo-app 1.5.0 to $DEPLOY_TARGET", "Done."]
              }
            ],
            "success",
            12
          )
        }
      ]
    },
    {
      // The orchestrator: demo/deploy's release train, running while it plays demo/app's deploy job
      // through the relay with its own CI job token (what `npm start` shows).
      project: "demo/deploy",
      at: "-5s",
      ref: "main",
      source: "pipeline",
      user: "maintainer",
      commit: { title: "Release train 2024.06" },
      stages: ["release"],
      jobs: [
        {
          name: "release-train",
          stage: "release",
          duration: "60m",
          trace: [
            { text: "Release train: waiting for demo/app to reach production", color: "bold" },
            "Calling jobrelay with $CI_JOB_TOKEN ..."
          ]
        }
      ]
    }
  ]
};

// src/emulator/state/emulator-state.ts
var EmulatorState = class {
  users = /* @__PURE__ */ new Map();
  projects = /* @__PURE__ */ new Map();
  pipelines = /* @__PURE__ */ new Map();
  jobs = /* @__PURE__ */ new Map();
  /** Signed links to archives, for `artifactsDownload: redirect`. */
  objectStorage = new ObjectStorage();
  /** Jobs with an automatic transition ahead; the engine only looks at these. */
  active = /* @__PURE__ */ new Set();
  /** Pipelines the scenario creates later, in time order. */
  upcomingPipelines = [];
  settings;
  generateToken;
  /** Per project id: what a new pipeline contains, and which branches and tags exist. */
  pipelineSetups = /* @__PURE__ */ new Map();
  /** Pipeline trigger tokens by id. */
  triggers = /* @__PURE__ */ new Map();
  #triggerTokens = /* @__PURE__ */ new Map();
  #jobTokens = /* @__PURE__ */ new Map();
  #personalTokens = /* @__PURE__ */ new Map();
  #oauthTokens = /* @__PURE__ */ new Map();
  #iids = /* @__PURE__ */ new Map();
  #nextJobId;
  #nextPipelineId;
  constructor(options) {
    this.#nextJobId = options.jobIdStart;
    this.#nextPipelineId = options.pipelineIdStart;
    this.generateToken = options.generateToken;
    this.settings = options.settings;
  }
  /** Adds a user and indexes its tokens. */
  addUser(user) {
    this.users.set(user.id, user);
    this.#personalTokens.set(user.personalToken, user.id);
    if (user.oauthToken) this.#oauthTokens.set(user.oauthToken, user.id);
  }
  /** Adds a pipeline trigger token and indexes it. */
  addTrigger(trigger) {
    this.triggers.set(trigger.id, trigger);
    this.#triggerTokens.set(trigger.token, trigger.id);
  }
  /** The pipeline trigger with this token (Ci::Trigger.find_by_token). */
  triggerByToken(token) {
    const id = this.#triggerTokens.get(token);
    return id === void 0 ? void 0 : this.triggers.get(id);
  }
  /** The next id of GitLab's one job sequence, shared by builds and bridges. */
  allocateJobId() {
    return this.#nextJobId++;
  }
  /** The next pipeline id (instance-wide). */
  allocatePipelineId() {
    return this.#nextPipelineId++;
  }
  /** The next pipeline iid of a project (per-project numbering). */
  allocateIid(projectId) {
    const iid = (this.#iids.get(projectId) ?? 0) + 1;
    this.#iids.set(projectId, iid);
    return iid;
  }
  /** The user with this personal access token. */
  userByPersonalToken(token) {
    return this.#user(this.#personalTokens.get(token));
  }
  /** The user with this OAuth access token. */
  userByOAuthToken(token) {
    return this.#user(this.#oauthTokens.get(token));
  }
  /** The running job a job token belongs to (tokens die when their job stops running). */
  jobByToken(token) {
    const id = this.#jobTokens.get(token);
    return id === void 0 ? void 0 : this.jobs.get(id);
  }
  /** Gives a job a fresh job token; called when it starts running. */
  issueJobToken(job) {
    const token = this.generateToken("glcbt-");
    job.token = token;
    this.#jobTokens.set(token, job.id);
  }
  /** Kills a job's token; called when it stops running. */
  revokeJobToken(job) {
    if (job.token) this.#jobTokens.delete(job.token);
    job.token = null;
  }
  /** Every live job token with its job, in job id order. */
  liveJobTokens() {
    const live = [];
    for (const [token, id] of this.#jobTokens) {
      const job = this.jobs.get(id);
      if (job) live.push({ token, job });
    }
    return live.sort((a, b) => a.job.id - b.job.id);
  }
  /** A user by id; undefined for null. */
  user(id) {
    return this.#user(id ?? void 0);
  }
  /** A project by numeric id or full path (case-insensitive, like GitLab's routes). */
  findProject(ref) {
    if (typeof ref === "number" || /^-?\d+$/.test(ref)) return this.projects.get(Number(ref));
    const wanted = ref.toLowerCase();
    for (const project of this.projects.values())
      if (project.fullPath.toLowerCase() === wanted) return project;
    return void 0;
  }
  /** The project of a record; throws if the state is inconsistent. */
  project(id) {
    return required(this.projects.get(id), `project ${id}`);
  }
  /** The pipeline of a record; throws if the state is inconsistent. */
  pipeline(id) {
    return required(this.pipelines.get(id), `pipeline ${id}`);
  }
  /** Every job and bridge of a pipeline, retried ones included, oldest first. */
  pipelineJobs(pipeline) {
    return pipeline.jobIds.map((id) => required(this.jobs.get(id), `job ${id}`));
  }
  /** Schedules a job's next automatic transition. */
  schedule(job, to, at) {
    job.next = { at, to };
    this.active.add(job);
  }
  /** Drops a job's next automatic transition. */
  unschedule(job) {
    job.next = null;
    this.active.delete(job);
  }
  #user(id) {
    return id === void 0 ? void 0 : this.users.get(id);
  }
};
function required(value, what) {
  if (value === void 0) throw new Error(`Emulator state is missing ${what}`);
  return value;
}

// src/emulator/artifacts/to-archive-files.ts
function toArchiveFiles(files) {
  return Object.entries(files).map(
    ([path, content]) => typeof content === "string" ? { path, text: content } : { path, bytes: content.bytes }
  );
}

// src/emulator/state/to-job-spec.ts
var DAY_MS = 864e5;
var JOB_DEFAULTS = { queueMs: 1e3, durationMs: 1e4, cancelGraceMs: 2e3 };
function toJobSpec(job, resolve) {
  const when = job.when ?? "on_success";
  const artifacts = (job.artifacts ?? []).map((artifact) => {
    const files = artifact.files ? toArchiveFiles(artifact.files) : null;
    return {
      fileType: artifact.fileType,
      filename: artifact.filename,
      // With `files`, the archive is a real zip, and its size is that zip's.
      size: files ? archiveSize(files) : artifact.size ?? 0,
      fileFormat: artifact.fileFormat ?? null,
      files
    };
  });
  const result = job.result ?? "success";
  return {
    name: job.name,
    stage: job.stage ?? "test",
    when,
    startInMs: ms(job.startIn, 0),
    needs: job.needs ?? null,
    // GitLab makes manual jobs optional (allow_failure: true) unless told otherwise.
    allowFailure: job.allowFailure ?? when === "manual",
    waitingForResourceMs: ms(job.waitingForResource, 0),
    preparingMs: ms(job.preparing, 0),
    queueMs: ms(job.queue, JOB_DEFAULTS.queueMs),
    durationMs: ms(job.duration, JOB_DEFAULTS.durationMs),
    cancelGraceMs: ms(job.cancelGrace, JOB_DEFAULTS.cancelGraceMs),
    results: Array.isArray(result) ? result : [result],
    failureReason: job.failureReason ?? "script_failure",
    tags: [...job.tags ?? []].sort(),
    coverage: job.coverage ?? null,
    artifacts,
    artifactsExpireInMs: expireIn(job.artifactsExpireIn, artifacts.length > 0),
    artifactsUploadAtMs: job.artifactsUploadAt === void 0 ? null : parseDuration(job.artifactsUploadAt) ?? null,
    artifactsAccess: job.artifactsAccess ?? "all",
    runner: {
      id: job.runner?.id ?? 1,
      description: job.runner?.description ?? "jobrelay emulator runner",
      name: job.runner?.name ?? "gitlab-runner"
    },
    trace: compileTrace(job.trace),
    environment: job.environment ? {
      name: job.environment.name,
      tier: job.environment.tier ?? guessTier(job.environment.name)
    } : null,
    variables: { ...job.variables ?? {} },
    debugTrace: job.debugTrace ?? false,
    userId: job.user === void 0 ? void 0 : job.user === null ? null : resolve.userId(job.user),
    trigger: job.trigger ? {
      projectId: resolve.projectId(job.trigger.project),
      ref: job.trigger.ref ?? null,
      strategy: job.trigger.strategy ?? null,
      jobs: (job.trigger.jobs ?? [{ name: "downstream", stage: "deploy" }]).map(
        (downstream) => toJobSpec(downstream, resolve)
      )
    } : null
  };
}
var TIER_GUESSES = [
  [/(dev|review|trunk)/i, "development"],
  [/(test|tst|int|ac(ce|)pt|qa|qc|control|quality)/i, "testing"],
  [/(st(a|)g|mod(e|)l|pre|demo|non)/i, "staging"],
  [/(pr(o|)d|live)/i, "production"]
];
function guessTier(name) {
  return TIER_GUESSES.find(([pattern]) => pattern.test(name))?.[1] ?? "other";
}
function ms(value, fallback) {
  return value === void 0 ? fallback : parseDuration(value) ?? fallback;
}
function expireIn(value, hasArtifacts) {
  if (value === null || value === void 0 && !hasArtifacts) return null;
  return ms(value ?? void 0, 30 * DAY_MS);
}

// src/emulator/state/load-pipeline-setups.ts
function loadPipelineSetups(state, scenario) {
  const userIds = new Map([...state.users.values()].map((user) => [user.username, user.id]));
  const resolve = {
    userId: (username) => userIds.get(username) ?? 0,
    projectId: (ref) => state.findProject(ref)?.id ?? 0
  };
  let nextTriggerId = 1;
  for (const project of scenario.projects) {
    const record2 = state.findProject(project.path);
    if (!record2) continue;
    const pipelines = (scenario.pipelines ?? []).filter(
      (pipeline) => state.findProject(pipeline.project)?.id === record2.id
    );
    const refsOf = (tag) => pipelines.filter((pipeline) => (pipeline.tag ?? false) === tag).map((pipeline) => pipeline.ref ?? "main");
    state.pipelineSetups.set(record2.id, {
      templates: (project.ci ?? []).map((template) => ({
        refs: template.refs ?? null,
        stages: template.stages ?? null,
        name: template.name ?? null,
        jobs: template.jobs.map((job) => toJobSpec(job, resolve))
      })),
      branches: [.../* @__PURE__ */ new Set([...project.branches ?? ["main"], ...refsOf(false)])],
      tags: [.../* @__PURE__ */ new Set([...project.tags ?? [], ...refsOf(true)])]
    });
    for (const trigger of project.triggers ?? []) {
      state.addTrigger({
        id: nextTriggerId++,
        projectId: record2.id,
        token: trigger.token ?? state.generateToken("glptt-"),
        ownerId: resolve.userId(trigger.owner),
        description: trigger.description ?? null
      });
    }
  }
}

// src/emulator/state/build-state.ts
var DAY_MS2 = 864e5;
function buildState(scenario, now, generateToken) {
  const state = new EmulatorState({
    jobIdStart: scenario.server?.jobIdStart ?? 1,
    pipelineIdStart: scenario.server?.pipelineIdStart ?? 1,
    generateToken,
    settings: {
      jobTokenListAccess: scenario.server?.jobTokenListAccess ?? true,
      enforceOffsetLimit: scenario.server?.enforceOffsetLimit ?? false,
      instanceVariables: { ...scenario.server?.instanceVariables ?? {} },
      allowedAgentsFormat: scenario.server?.allowedAgentsFormat ?? "current",
      artifactsDownload: scenario.server?.artifactsDownload ?? "proxy"
    }
  });
  scenario.users.forEach((user, index) => {
    state.addUser({
      id: index + 1,
      username: user.username,
      name: user.name ?? titleCase(user.username),
      email: user.email ?? `${user.username}@example.com`,
      admin: user.admin ?? false,
      personalToken: user.token ?? generateToken("glpat-"),
      oauthToken: user.oauthToken ?? null,
      createdAt: now - 365 * DAY_MS2
    });
  });
  const userIds = new Map([...state.users.values()].map((user) => [user.username, user.id]));
  const projectIds = allocateProjectIds(scenario.projects);
  const groupIds = /* @__PURE__ */ new Map();
  scenario.projects.forEach((project, index) => {
    const record2 = toProjectRecord(project, projectIds[index] ?? index + 1, now, userIds, groupIds);
    state.projects.set(record2.id, record2);
  });
  const resolve = {
    userId: (username) => userIds.get(username) ?? 0,
    projectId: (ref) => state.findProject(ref)?.id ?? 0
  };
  scenario.projects.forEach((project, index) => {
    const record2 = state.project(projectIds[index] ?? index + 1);
    for (const ref of project.jobTokenAllowlist ?? [])
      record2.jobTokenAllowlist.add(resolve.projectId(ref));
    record2.agents = (project.agents ?? []).map((agent) => ({
      id: agent.id,
      configProjectId: agent.configProject === void 0 ? record2.id : resolve.projectId(agent.configProject),
      // GitLab keeps an agent's environments in its ci_access configuration, and shows them there.
      configuration: agent.environments ? { ...agent.configuration, environments: agent.environments } : agent.configuration ?? {}
    }));
  });
  loadPipelineSetups(state, scenario);
  const upcoming = (scenario.pipelines ?? []).map((pipeline) => {
    const spec = {
      projectId: resolve.projectId(pipeline.project),
      ref: pipeline.ref ?? "main",
      tag: pipeline.tag ?? false,
      sha: pipeline.sha ?? null,
      source: pipeline.source ?? "push",
      userId: pipeline.user === null ? null : resolve.userId(pipeline.user ?? firstUsername(scenario)),
      archived: pipeline.archived ?? false,
      stages: pipeline.stages ?? null,
      commit: {
        title: pipeline.commit?.title ?? null,
        message: pipeline.commit?.message ?? null,
        authorName: pipeline.commit?.authorName ?? null,
        authorEmail: pipeline.commit?.authorEmail ?? null
      },
      jobs: pipeline.jobs.map((job) => toJobSpec(job, resolve))
    };
    return { at: now + (parseDuration(pipeline.at ?? 0) ?? 0), spec };
  });
  state.upcomingPipelines.push(...upcoming.sort((a, b) => a.at - b.at));
  syncState(state, now);
  return state;
}
function toProjectRecord(project, id, now, userIds, groupIds) {
  const segments = project.path.split("/");
  const path = segments.at(-1) ?? project.path;
  const namespacePath = segments.slice(0, -1).join("/");
  const members = /* @__PURE__ */ new Map();
  for (const [username, role] of Object.entries(project.members ?? {})) {
    const userId = userIds.get(username);
    if (userId !== void 0) members.set(userId, ACCESS_LEVELS[role]);
  }
  return {
    id,
    fullPath: project.path,
    path,
    namespacePath,
    name: project.name ?? path,
    description: project.description ?? null,
    visibility: project.visibility ?? "private",
    members,
    publicBuilds: project.publicBuilds ?? true,
    jobTokenScopeEnabled: project.jobTokenScopeEnabled ?? true,
    jobTokenAllowlist: /* @__PURE__ */ new Set(),
    ciJobTokenScopeEnabled: project.ciJobTokenScopeEnabled ?? false,
    pipelineVariablesMinimumLevel: pipelineVariablesLevel(project.pipelineVariablesMinimumRole),
    protectedRefs: [
      ...(project.protectedBranches ?? []).map((ref) => protectedRef(false, ref)),
      ...(project.protectedTags ?? []).map((ref) => protectedRef(true, ref))
    ],
    agents: [],
    groupIds: userIds.has(namespacePath) ? [] : groupChain(segments.slice(0, -1), groupIds),
    createdAt: now - 30 * DAY_MS2
  };
}
function groupChain(segments, groupIds) {
  const chain = [];
  for (let depth = 1; depth <= segments.length; depth++) {
    const path = segments.slice(0, depth).join("/");
    if (!groupIds.has(path)) groupIds.set(path, groupIds.size + 1);
    chain.unshift(groupIds.get(path) ?? 0);
  }
  return chain;
}
function allocateProjectIds(projects) {
  const taken = new Set(
    projects.flatMap((project) => project.id === void 0 ? [] : [project.id])
  );
  let next = 1;
  return projects.map((project) => {
    if (project.id !== void 0) return project.id;
    while (taken.has(next)) next++;
    taken.add(next);
    return next;
  });
}
function firstUsername(scenario) {
  return scenario.users[0]?.username ?? "";
}
function titleCase(username) {
  return username.split(/[._-]/).filter(Boolean).map((part) => part[0]?.toUpperCase() + part.slice(1)).join(" ");
}
function protectedRef(tag, ref) {
  const allowed = ref.allowed ?? "maintainer";
  const minimumLevel = allowed === "no one" ? Number.POSITIVE_INFINITY : ACCESS_LEVELS[allowed];
  return { tag, name: ref.name, minimumLevel };
}
function pipelineVariablesLevel(role) {
  return role === "no_one_allowed" ? Number.POSITIVE_INFINITY : ACCESS_LEVELS[role ?? "developer"];
}

// node_modules/hono/dist/middleware/csrf/index.js
var secFetchSiteValues = [
  "same-origin",
  "same-site",
  "none",
  "cross-site"
];
var isSecFetchSite = (value) => secFetchSiteValues.includes(value);
var isSafeMethodRe = /^(GET|HEAD|OPTIONS)$/;
var isCsrfContentTypeRe = /^\b(application\/x-www-form-urlencoded|multipart\/form-data|text\/(?:plain|ping))\b/i;
var csrf = (options) => {
  const originHandler = ((optsOrigin) => {
    if (!optsOrigin) return (origin, c) => origin === new URL(c.req.url).origin;
    else if (typeof optsOrigin === "string") return (origin) => origin === optsOrigin;
    else if (typeof optsOrigin === "function") return optsOrigin;
    else return (origin) => optsOrigin.includes(origin);
  })(options?.origin);
  const isAllowedOrigin = async (origin, c) => {
    if (origin === void 0) return false;
    return await originHandler(origin, c);
  };
  const secFetchSiteHandler = ((optsSecFetchSite) => {
    if (!optsSecFetchSite) return (secFetchSite) => secFetchSite === "same-origin";
    else if (typeof optsSecFetchSite === "string") return (secFetchSite) => secFetchSite === optsSecFetchSite;
    else if (typeof optsSecFetchSite === "function") return optsSecFetchSite;
    else return (secFetchSite) => optsSecFetchSite.includes(secFetchSite);
  })(options?.secFetchSite);
  const isAllowedSecFetchSite = async (secFetchSite, c) => {
    if (secFetchSite === void 0) return false;
    if (!isSecFetchSite(secFetchSite)) return false;
    return await secFetchSiteHandler(secFetchSite, c);
  };
  return async function csrf2(c, next) {
    if (!isSafeMethodRe.test(c.req.method) && isCsrfContentTypeRe.test(c.req.header("content-type") || "text/plain") && !await isAllowedSecFetchSite(c.req.header("sec-fetch-site"), c) && !await isAllowedOrigin(c.req.header("origin"), c)) {
      const res = new Response("Forbidden", { status: 403 });
      throw new HTTPException(403, { res });
    }
    await next();
  };
};

// node_modules/hono/dist/helper/html/index.js
var html = (strings, ...values) => {
  const buffer = [""];
  for (let i = 0, len = strings.length - 1; i < len; i++) {
    buffer[0] += strings[i];
    const children = Array.isArray(values[i]) ? values[i].flat(Infinity) : [values[i]];
    for (let i2 = 0, len2 = children.length; i2 < len2; i2++) {
      const child = children[i2];
      if (typeof child === "string") escapeToBuffer(child, buffer);
      else if (typeof child === "number") buffer[0] += child;
      else if (typeof child === "boolean" || child === null || child === void 0) continue;
      else if (typeof child === "object" && child.isEscaped) {
        if (child.callbacks) buffer.unshift("", child);
        else {
          const tmp = child.toString();
          if (tmp instanceof Promise) buffer.unshift("", tmp);
          else buffer[0] += tmp;
        }
      } else if (child instanceof Promise) buffer.unshift("", child);
      else escapeToBuffer(child.toString(), buffer);
    }
  }
  buffer[0] += strings.at(-1);
  return buffer.length === 1 ? "callbacks" in buffer ? raw(resolveCallbackSync(raw(buffer[0], buffer.callbacks))) : raw(buffer[0]) : stringBufferToString(buffer, buffer.callbacks);
};

// node_modules/hono/dist/utils/stream.js
var StreamingApi = class {
  writer;
  encoder;
  writable;
  abortSubscribers = [];
  responseReadable;
  /**
  * Whether the stream has been aborted.
  */
  aborted = false;
  /**
  * Whether the stream has been closed normally.
  */
  closed = false;
  constructor(writable, _readable) {
    this.writable = writable;
    this.writer = writable.getWriter();
    this.encoder = new TextEncoder();
    const reader = _readable.getReader();
    this.abortSubscribers.push(async () => {
      await reader.cancel();
    });
    this.responseReadable = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        done ? controller.close() : controller.enqueue(value);
      },
      cancel: () => {
        if (!this.closed) this.abort();
      }
    });
  }
  async write(input) {
    try {
      if (typeof input === "string") input = this.encoder.encode(input);
      await this.writer.write(input);
    } catch {
    }
    return this;
  }
  async writeln(input) {
    await this.write(input + "\n");
    return this;
  }
  sleep(ms2) {
    return new Promise((res) => setTimeout(res, ms2));
  }
  async close() {
    this.closed = true;
    try {
      await this.writer.close();
    } catch {
    }
  }
  async pipe(body) {
    this.writer.releaseLock();
    try {
      await body.pipeTo(this.writable, {
        preventClose: true,
        preventAbort: true
      });
    } finally {
      this.writer = this.writable.getWriter();
    }
  }
  onAbort(listener) {
    this.abortSubscribers.push(listener);
  }
  /**
  * Abort the stream.
  * You can call this method when stream is aborted by external event.
  */
  abort() {
    if (!this.aborted) {
      this.aborted = true;
      this.abortSubscribers.forEach((subscriber) => {
        try {
          Promise.resolve(subscriber()).catch(() => {
          });
        } catch {
        }
      });
    }
  }
};

// node_modules/hono/dist/helper/streaming/utils.js
var isOldBunVersion = () => {
  const version = typeof Bun !== "undefined" ? Bun.version : void 0;
  if (version === void 0) return false;
  const result = version.startsWith("1.1") || version.startsWith("1.0") || version.startsWith("0.");
  isOldBunVersion = () => result;
  return result;
};

// node_modules/hono/dist/helper/streaming/sse.js
var SSEStreamingApi = class extends StreamingApi {
  constructor(writable, readable) {
    super(writable, readable);
  }
  async writeSSE(message) {
    const dataLines = (await resolveCallback(message.data, HtmlEscapedCallbackPhase.Stringify, false, {})).split(/\r\n|\r|\n/).map((line) => {
      return `data: ${line}`;
    }).join("\n");
    for (const key of ["event", "id"]) {
      const value = message[key];
      if (value && /[\r\n]/.test(value)) throw new Error(`${key} must not contain "\\r" or "\\n"`);
    }
    const sseData = [
      message.event && `event: ${message.event}`,
      dataLines,
      message.id !== void 0 && `id: ${message.id}`,
      message.retry !== void 0 && `retry: ${message.retry}`
    ].filter(Boolean).join("\n") + "\n\n";
    await this.write(sseData);
  }
};
var run = async (stream2, cb, onError) => {
  try {
    await cb(stream2);
  } catch (e) {
    if (e instanceof Error && onError) {
      await onError(e, stream2);
      await stream2.writeSSE({
        event: "error",
        data: e.message
      });
    } else console.error(e);
  } finally {
    stream2.close();
  }
};
var contextStash = /* @__PURE__ */ new WeakMap();
var streamSSE = (c, cb, onError) => {
  const { readable, writable } = new TransformStream();
  const stream2 = new SSEStreamingApi(writable, readable);
  if (isOldBunVersion()) c.req.raw.signal.addEventListener("abort", () => {
    if (!stream2.closed) stream2.abort();
  });
  contextStash.set(stream2.responseReadable, c);
  c.header("Transfer-Encoding", "chunked");
  c.header("Content-Type", "text/event-stream");
  c.header("Cache-Control", "no-cache");
  c.header("Connection", "keep-alive");
  run(stream2, cb, onError);
  return c.newResponse(stream2.responseReadable);
};

// node_modules/hono/dist/utils/cookie.js
var validCookieNameRegEx = /^[\w!#$%&'*.^`|~+-]+$/;
var relaxedCookieNameRegEx = /^[!#-:<>-[\]-~]+$/;
var validCookieValueRegEx = /^[ !#-:<-[\]-~]*$/;
var trimCookieWhitespace = (value) => {
  let start = 0;
  let end = value.length;
  while (start < end) {
    const charCode = value.charCodeAt(start);
    if (charCode !== 32 && charCode !== 9) break;
    start++;
  }
  while (end > start) {
    const charCode = value.charCodeAt(end - 1);
    if (charCode !== 32 && charCode !== 9) break;
    end--;
  }
  return start === 0 && end === value.length ? value : value.slice(start, end);
};
var parse2 = (cookie, name) => {
  if (name && cookie.indexOf(name) === -1) return {};
  const pairs = cookie.split(";");
  const parsedCookie = /* @__PURE__ */ Object.create(null);
  for (const pairStr of pairs) {
    const valueStartPos = pairStr.indexOf("=");
    if (valueStartPos === -1) continue;
    const cookieName = trimCookieWhitespace(pairStr.substring(0, valueStartPos));
    if (name && name !== cookieName || !relaxedCookieNameRegEx.test(cookieName) || cookieName in parsedCookie) continue;
    let cookieValue = trimCookieWhitespace(pairStr.substring(valueStartPos + 1));
    if (cookieValue.startsWith('"') && cookieValue.endsWith('"')) cookieValue = cookieValue.slice(1, -1);
    if (validCookieValueRegEx.test(cookieValue)) {
      parsedCookie[cookieName] = tryDecodeURIComponent(cookieValue);
      if (name) break;
    }
  }
  return parsedCookie;
};
var _serialize = (name, value, opt = {}) => {
  if (!validCookieNameRegEx.test(name)) throw new Error("Invalid cookie name");
  let cookie = `${name}=${value}`;
  if (/^__secure-/i.test(name) && !opt.secure) throw new Error("__Secure- Cookie must have Secure attributes");
  if (/^__host-/i.test(name)) {
    if (!opt.secure) throw new Error("__Host- Cookie must have Secure attributes");
    if (opt.path !== "/") throw new Error('__Host- Cookie must have Path attributes with "/"');
    if (opt.domain) throw new Error("__Host- Cookie must not have Domain attributes");
  }
  for (const key of [
    "domain",
    "path",
    "sameSite",
    "priority"
  ]) if (opt[key] && /[;\r\n]/.test(opt[key])) throw new Error(`${key} must not contain ";", "\\r", or "\\n"`);
  if (opt && typeof opt.maxAge === "number" && opt.maxAge >= 0) {
    if (opt.maxAge > 3456e4) throw new Error("Cookies Max-Age SHOULD NOT be greater than 400 days (34560000 seconds) in duration.");
    cookie += `; Max-Age=${opt.maxAge | 0}`;
  }
  if (opt.domain && opt.prefix !== "host") cookie += `; Domain=${opt.domain}`;
  if (opt.path) cookie += `; Path=${opt.path}`;
  if (opt.expires) {
    if (opt.expires.getTime() - Date.now() > 3456e7) throw new Error("Cookies Expires SHOULD NOT be greater than 400 days (34560000 seconds) in the future.");
    cookie += `; Expires=${opt.expires.toUTCString()}`;
  }
  if (opt.httpOnly) cookie += "; HttpOnly";
  if (opt.secure) cookie += "; Secure";
  if (opt.sameSite) cookie += `; SameSite=${opt.sameSite.charAt(0).toUpperCase() + opt.sameSite.slice(1)}`;
  if (opt.priority) cookie += `; Priority=${opt.priority.charAt(0).toUpperCase() + opt.priority.slice(1)}`;
  if (opt.partitioned) {
    if (!opt.secure) throw new Error("Partitioned Cookie must have Secure attributes");
    cookie += "; Partitioned";
  }
  return cookie;
};
var serialize = (name, value, opt) => {
  value = encodeURIComponent(value);
  return _serialize(name, value, opt);
};

// node_modules/hono/dist/helper/cookie/index.js
var getCookie = (c, key, prefix) => {
  const cookie = c.req.raw.headers.get("Cookie");
  if (typeof key === "string") {
    if (!cookie) return;
    let finalKey = key;
    if (prefix === "secure") finalKey = "__Secure-" + key;
    else if (prefix === "host") finalKey = "__Host-" + key;
    return parse2(cookie, finalKey)[finalKey];
  }
  if (!cookie) return {};
  return parse2(cookie);
};
var generateCookie = (name, value, opt) => {
  let cookie;
  if (opt?.prefix === "secure") cookie = serialize("__Secure-" + name, value, {
    path: "/",
    ...opt,
    secure: true
  });
  else if (opt?.prefix === "host") cookie = serialize("__Host-" + name, value, {
    ...opt,
    path: "/",
    secure: true,
    domain: void 0
  });
  else cookie = serialize(name, value, {
    path: "/",
    ...opt
  });
  return cookie;
};
var setCookie = (c, name, value, opt) => {
  const cookie = generateCookie(name, value, opt);
  c.header("Set-Cookie", cookie, { append: true });
};

// src/emulator/ui/act-as-cookie.ts
var COOKIE = "jobrelay-ui-user";
function readActAs(c, runtime) {
  const wanted = getCookie(c, COOKIE);
  const users = [...runtime.state.users.values()];
  return users.find((user) => user.username === wanted)?.username ?? users[0]?.username ?? "";
}
function writeActAs(c, username) {
  setCookie(c, COOKIE, username, { path: UI_BASE, sameSite: "Strict", httpOnly: true });
}

// src/emulator/ui/create-ui-action-app.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/emulator/ui/act-on-job.ts
var PAST = {
  play: "played",
  retry: "retried",
  cancel: "canceled",
  erase: "erased"
};
async function actOnJob(runtime, apiFetch, input) {
  const { jobId, action, username } = input;
  const job = runtime.state.jobs.get(jobId);
  const user = [...runtime.state.users.values()].find((each) => each.username === username);
  if (!job) return { ok: false, status: null, message: `There is no job #${jobId}.`, jobId: null };
  if (!user) return { ok: false, status: null, message: `There is no user ${username}.`, jobId };
  const variables = input.variables ?? [];
  let response;
  try {
    response = await apiFetch(
      `http://emulator.local/api/v4/projects/${job.projectId}/jobs/${jobId}/${action}`,
      {
        method: "POST",
        headers: { "PRIVATE-TOKEN": user.personalToken, "content-type": "application/json" },
        body: action === "play" && variables.length > 0 ? JSON.stringify({ job_variables_attributes: variables }) : void 0
      }
    );
  } catch (error) {
    const code = error.cause?.code;
    return {
      ok: false,
      status: null,
      message: `${username} could not reach GitLab to ${action} ${job.spec.name} (#${jobId}): ${typeof code === "string" ? code : "connection failed"} (a fault?).`,
      jobId
    };
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const given = body?.message ?? body?.error ?? response.statusText;
    const reason = typeof given === "string" ? given : JSON.stringify(given);
    const answer = reason.startsWith(String(response.status)) ? reason : `${response.status} ${reason}`;
    return {
      ok: false,
      status: response.status,
      message: `${username} could not ${action} ${job.spec.name} (#${jobId}): ${answer}.`,
      jobId
    };
  }
  const shown = action === "retry" && typeof body?.id === "number" ? body.id : jobId;
  const outcome = shown === jobId ? "" : ` as #${shown}`;
  return {
    ok: true,
    status: response.status,
    message: `${username} ${PAST[action]} ${job.spec.name} (#${jobId})${outcome}: ${response.status}.`,
    jobId: shown
  };
}

// src/emulator/ui/action-outcome.ts
function answerAction(c, outcome, returnTo) {
  if ((c.req.header("accept") ?? "").includes("application/json"))
    return c.json(outcome, outcome.ok ? 200 : 400);
  const target = new URL(outcome.location ?? safeReturn(returnTo), "http://ui.invalid");
  target.searchParams.set("notice", outcome.message);
  return c.redirect(`${target.pathname}${target.search}${target.hash}`, 303);
}
function safeReturn(value) {
  if (typeof value !== "string") return UI_BASE;
  const url = new URL(value, "http://ui.invalid");
  const inside = url.pathname === UI_BASE || url.pathname.startsWith(`${UI_BASE}/`);
  return url.origin === "http://ui.invalid" && inside ? `${url.pathname}${url.search}` : UI_BASE;
}

// src/emulator/ui/create-ui-action-app.ts
var JOB_ACTIONS = /* @__PURE__ */ new Set(["play", "retry", "cancel", "erase"]);
function createUiActionApp(deps) {
  const { runtime } = deps;
  const actions = new Hono3();
  const form = async (c) => await c.req.parseBody();
  const done = (ok, message, location) => ({
    ok,
    message,
    ...location ? { location } : {}
  });
  actions.post("/act-as", async (c) => {
    const body = await form(c);
    const user = [...runtime.state.users.values()].find((each) => each.username === body.user);
    if (!user) return answerAction(c, done(false, `There is no user ${body.user}.`), body.return);
    writeActAs(c, user.username);
    return answerAction(c, done(true, `Acting as ${user.username}.`), body.return);
  });
  actions.post("/jobs/:id/:action", async (c) => {
    const body = await form(c);
    const action = c.req.param("action");
    if (!JOB_ACTIONS.has(action))
      return answerAction(c, done(false, `Unknown action ${action}.`), body.return);
    const variables = parseVariables(body.variables ?? "");
    if (typeof variables === "string") return answerAction(c, done(false, variables), body.return);
    const result = await actOnJob(runtime, deps.apiFetch, {
      jobId: Number(c.req.param("id")),
      action,
      username: readActAs(c, runtime),
      variables
    });
    const location = result.ok && action === "retry" && result.jobId !== null ? `${UI_BASE}/jobs/${result.jobId}` : void 0;
    return answerAction(c, done(result.ok, result.message, location), body.return);
  });
  actions.post("/clock", async (c) => {
    const body = await form(c);
    if (body.mode === "virtual") {
      runtime.clock.useVirtualTime();
      runtime.sync();
      return answerAction(c, done(true, "The clock is paused."), body.return);
    }
    const speed = Number(body.speed ?? runtime.clock.speed);
    if (!(speed > 0) || !Number.isFinite(speed))
      return answerAction(c, done(false, `Invalid speed ${body.speed}.`), body.return);
    runtime.clock.useRealTime(speed);
    runtime.sync();
    return answerAction(c, done(true, `The clock runs at \xD7${speed}.`), body.return);
  });
  actions.post("/clock/advance", async (c) => {
    const body = await form(c);
    const ms2 = parseDuration(body.by ?? "");
    if (ms2 === void 0 || ms2 < 0)
      return answerAction(
        c,
        done(false, `Cannot advance by "${body.by}": give e.g. 30s, 5m, 2h.`),
        body.return
      );
    runtime.clock.advance(ms2);
    runtime.sync();
    return answerAction(c, done(true, `The clock moved forward by ${body.by}.`), body.return);
  });
  actions.post("/faults", async (c) => {
    const body = await form(c);
    try {
      const fault = runtime.faults.add(faultSpecOf(body));
      return answerAction(c, done(true, `Fault #${fault.id} armed.`), body.return);
    } catch (error) {
      return answerAction(c, done(false, `Invalid fault: ${issuesOf(error)}.`), body.return);
    }
  });
  actions.post("/faults/clear", async (c) => {
    const body = await form(c);
    runtime.faults.clear();
    return answerAction(c, done(true, "Every fault is removed."), body.return);
  });
  actions.post("/faults/:id/remove", async (c) => {
    const body = await form(c);
    const id = Number(c.req.param("id"));
    const removed = runtime.faults.remove(id);
    return answerAction(
      c,
      done(removed, removed ? `Fault #${id} removed.` : `No fault #${id} is armed.`),
      body.return
    );
  });
  actions.post("/rate-limits", async (c) => {
    const body = await form(c);
    try {
      const text = (body.rules ?? "").trim();
      runtime.rateLimiter.setRules(parse(RateLimitsSchema, text === "" ? [] : (0, import_yaml2.parse)(text)));
      const count = runtime.rateLimiter.rules().length;
      return answerAction(
        c,
        done(true, `${count} rate limit${count === 1 ? "" : "s"} set.`),
        body.return
      );
    } catch (error) {
      return answerAction(c, done(false, `Invalid rate limits: ${issuesOf(error)}.`), body.return);
    }
  });
  actions.post("/rate-limits/clear", async (c) => {
    const body = await form(c);
    runtime.rateLimiter.setRules([]);
    return answerAction(c, done(true, "Every rate limit is removed."), body.return);
  });
  actions.post("/requests/clear", async (c) => {
    const body = await form(c);
    runtime.requestLog.clear();
    return answerAction(c, done(true, "The request log is cleared."), body.return);
  });
  return actions;
}
function parseVariables(text) {
  const variables = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const at = line.indexOf("=");
    if (at < 1) return `"${line.trim()}" is not a KEY=value line.`;
    variables.push({ key: line.slice(0, at).trim(), value: line.slice(at + 1) });
  }
  return variables;
}
function faultSpecOf(body) {
  const spec = {};
  if (body.route?.trim()) spec.route = body.route.trim();
  if (body.times?.trim()) spec.times = Number(body.times);
  if (body.delay?.trim()) spec.delayMs = parseDuration(body.delay.trim()) ?? Number.NaN;
  const effect = body.effect ?? "status";
  if (effect === "status") {
    spec.status = Number(body.status);
    if (body.apply === "true") spec.apply = true;
  } else if (effect !== "delay") spec.kind = effect;
  return spec;
}
function issuesOf(error) {
  if (error instanceof ValiError)
    return error.issues.map((issue) => {
      const path = issuePath(issue);
      return path ? `${path} ${issue.message}` : issue.message;
    }).join("; ");
  return errorMessage(error);
}

// src/emulator/ui/dashboard-script.ts
var DASHBOARD_SCRIPT = `(function () {
  'use strict';
  var body = document.body;
  var base = body.getAttribute('data-ui-base');
  var digest = body.getAttribute('data-digest');
  var sectionState = new Map();
  var refreshing = false;
  var again = false;
  document.documentElement.classList.add('js');

  function notify(message, ok) {
    var notice = document.getElementById('notice');
    if (!notice) return;
    notice.textContent = message;
    notice.classList.toggle('error', !ok);
  }

  // A notice from a redirect is shown once: drop it from the address.
  (function dropNoticeParam() {
    var url = new URL(location.href);
    if (!url.searchParams.has('notice')) return;
    url.searchParams.delete('notice');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  })();

  // A region being edited is left alone until the edit is done.
  function busy(region) {
    var active = document.activeElement;
    if (active && region.contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) return true;
    var fields = region.querySelectorAll('textarea, input[type=text], input[type=search], input[type=number]');
    for (var i = 0; i < fields.length; i++) if (fields[i].value !== fields[i].defaultValue) return true;
    return false;
  }

  function restoreSections(root) {
    root.querySelectorAll('details[data-section]').forEach(function (details) {
      var key = details.getAttribute('data-section');
      if (sectionState.has(key)) details.open = sectionState.get(key);
    });
  }

  // Clicking (or pressing Enter or Space on) a section header flips it: remember the choice.
  document.addEventListener('click', function (event) {
    var summary = event.target.closest && event.target.closest('details[data-section] > summary');
    if (!summary) return;
    var details = summary.parentElement;
    sectionState.set(details.getAttribute('data-section'), !details.open);
  });

  function following() {
    var box = document.getElementById('follow-log');
    return !!(box && box.checked);
  }
  function scrollToLogEnd() {
    var end = document.getElementById('log-end');
    if (end) end.scrollIntoView({ block: 'end' });
  }
  function stopFollowing() {
    var box = document.getElementById('follow-log');
    if (box) box.checked = false;
  }
  window.addEventListener('wheel', function (event) { if (event.deltaY < 0) stopFollowing(); }, { passive: true });
  document.addEventListener('keydown', function (event) {
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement && document.activeElement.tagName)) return;
    if (event.key === 'PageUp' || event.key === 'Home' || event.key === 'ArrowUp') stopFollowing();
  });

  function redraw(html) {
    var next = new DOMParser().parseFromString(html, 'text/html');
    digest = next.body.getAttribute('data-digest');
    var follow = following();
    document.querySelectorAll('[data-live]').forEach(function (region) {
      var name = region.getAttribute('data-live');
      var fresh = next.querySelector('[data-live="' + name + '"]');
      if (!fresh || busy(region) || fresh.outerHTML === region.outerHTML) return;
      var focused = region.contains(document.activeElement) ? document.activeElement.id : '';
      region.replaceWith(document.adoptNode(fresh));
      if (name === 'clock') startClock();
      if (focused) { var target = document.getElementById(focused); if (target) target.focus(); }
    });
    restoreSections(document);
    if (next.title) document.title = next.title;
    if (follow) scrollToLogEnd();
    body.setAttribute('data-refreshed', String(Date.now()));
  }

  function refresh() {
    if (refreshing) { again = true; return Promise.resolve(); }
    refreshing = true;
    return fetch(location.href, { headers: { accept: 'text/html' }, cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text().then(redraw) : undefined; })
      .catch(function () { /* the next change will try again */ })
      .then(function () {
        refreshing = false;
        if (again) { again = false; return refresh(); }
      });
  }

  function listen() {
    var watch = body.getAttribute('data-watch');
    if (!window.EventSource) { setInterval(refresh, 2000); return; }
    var source = new EventSource(base + '/events' + (watch ? '?watch=' + encodeURIComponent(watch) : ''));
    source.addEventListener('change', function (event) { if (event.data !== digest) refresh(); });
  }

  // The emulator's clock, ticking between redraws when it runs in real time.
  var clockTimer;
  function startClock() {
    clearInterval(clockTimer);
    var clock = document.querySelector('.clock[data-live]');
    if (!clock || clock.getAttribute('data-mode') !== 'real') return;
    var start = Number(clock.getAttribute('data-now-ms'));
    var speed = Number(clock.getAttribute('data-speed'));
    var received = Date.now();
    var time = clock.querySelector('.clock-time');
    clockTimer = setInterval(function () {
      var iso = new Date(start + (Date.now() - received) * speed).toISOString();
      time.textContent = iso.slice(0, 10) + ' ' + iso.slice(11, 19);
      time.setAttribute('datetime', iso);
    }, 250);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.hasAttribute('data-live-filter')) {
      event.preventDefault();
      applyFilter(form);
      return;
    }
    if (!form.hasAttribute('data-action')) return;
    event.preventDefault();
    var buttons = form.querySelectorAll('button');
    buttons.forEach(function (button) { button.disabled = true; });
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { accept: 'application/json' },
    })
      .then(function (response) {
        return response.json().catch(function () {
          return { ok: false, message: 'The dashboard answered ' + response.status + '.' };
        });
      })
      .then(function (outcome) {
        notify(outcome.message, outcome.ok);
        if (outcome.ok && outcome.location && form.hasAttribute('data-follow-result')) {
          location.href = outcome.location;
          return;
        }
        if (outcome.ok) form.querySelectorAll('textarea').forEach(function (area) { area.value = area.defaultValue = ''; });
        return refresh();
      })
      .catch(function () { notify('The dashboard could not be reached.', false); })
      .then(function () { buttons.forEach(function (button) { button.disabled = false; }); });
  });

  document.addEventListener('change', function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute('data-auto-submit')) form.requestSubmit();
  });

  var filterTimer;
  function applyFilter(form) {
    var query = new URLSearchParams();
    new FormData(form).forEach(function (value, key) { if (value) query.set(key, value); });
    var url = form.getAttribute('action') + (query.toString() ? '?' + query : '');
    history.replaceState(null, '', url);
    refresh();
  }
  document.addEventListener('input', function (event) {
    var form = event.target.form;
    if (!form || !form.hasAttribute('data-live-filter')) return;
    clearTimeout(filterTimer);
    filterTimer = setTimeout(function () { applyFilter(form); }, 200);
  });

  startClock();
  if (following()) scrollToLogEnd();
  listen();
})();
`;

// src/emulator/ui/dashboard-styles.ts
var DASHBOARD_STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --bg-subtle: #fbfafd; --bg-raised: #ffffff; --border: #dcdcde; --border-strong: #bfbfc3;
  --text: #28272d; --muted: #626168; --link: #1f75cb; --focus: #1f75cb;
  --success: #108548; --failed: #dd2b0e; --running: #1f75cb; --pending: #ab6100; --neutral: #737278;
  --success-bg: #ecf4ee; --failed-bg: #fcf1ef; --running-bg: #e9f3fc; --pending-bg: #fdf1dd; --neutral-bg: #ececef;
  --notice-bg: #e9f3fc; --notice-error-bg: #fcf1ef;
  --log-bg: #1f1e24; --log-text: #ececef; --log-muted: #89888d; --log-hover: #333238;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #18171d; --bg-subtle: #1f1e24; --bg-raised: #232128; --border: #434248; --border-strong: #626168;
    --text: #ececef; --muted: #bfbfc3; --link: #63a6e9; --focus: #63a6e9;
    --success: #52b87a; --failed: #f57f6c; --running: #63a6e9; --pending: #e9be74; --neutral: #a4a3a8;
    --success-bg: #0b3520; --failed-bg: #4f1409; --running-bg: #0c2a4d; --pending-bg: #3d2605; --neutral-bg: #333238;
    --notice-bg: #033464; --notice-error-bg: #660e00;
    --log-bg: #101014; --log-hover: #28272d;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--text); }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; border-radius: 4px; }
code, .log-text, .fingerprint { font-family: ui-monospace, "JetBrains Mono", Menlo, Consolas, monospace; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--bg-raised); padding: 8px 12px; z-index: 10; }
.skip-link:focus { left: 8px; }
.js .no-js-only { display: none; }
.topbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; padding: 8px 24px; border-bottom: 1px solid var(--border); background: var(--bg-subtle); }
.brand { font-weight: 700; color: var(--text); }
.brand span { font-weight: 400; color: var(--muted); }
.topbar nav { display: flex; gap: 4px; }
.topbar nav a { padding: 6px 10px; border-radius: 6px; color: var(--text); }
.topbar nav a[aria-current="page"] { background: var(--neutral-bg); font-weight: 600; }
.clock { margin: 0 0 0 auto; display: flex; gap: 8px; align-items: baseline; }
.clock-time { font-variant-numeric: tabular-nums; font-weight: 600; }
.clock-mode { color: var(--muted); font-size: 12px; }
.act-as { display: flex; gap: 6px; align-items: center; }
select, input, textarea { font: inherit; color: var(--text); background: var(--bg-raised); border: 1px solid var(--border-strong); border-radius: 4px; padding: 4px 6px; }
textarea { width: 100%; font-family: ui-monospace, Menlo, Consolas, monospace; }
.notice { margin: 0 24px; }
.notice:not(:empty) { margin-top: 12px; padding: 8px 12px; border-radius: 4px; background: var(--notice-bg); }
.notice.error { background: var(--notice-error-bg); }
main { padding: 16px 24px 48px; max-width: 1400px; }
main:focus { outline: none; }
h2 { font-size: 18px; margin: 24px 0 12px; }
h2 .count { font-size: 13px; font-weight: 400; color: var(--muted); margin-left: 6px; }
.empty, .more, .hint { color: var(--muted); }
.button { font: inherit; display: inline-flex; align-items: center; gap: 6px; padding: 5px 12px; border: 1px solid var(--border-strong); border-radius: 4px; background: var(--bg-raised); color: var(--text); cursor: pointer; }
.button:hover { background: var(--neutral-bg); }
.button.primary { background: #1f75cb; border-color: #1f75cb; color: #fff; }
.button.primary:hover { background: #1068bf; }
.button.small { padding: 2px 8px; font-size: 12px; }
form { margin: 0; }
svg .stroke { fill: none; stroke: currentColor; stroke-width: 1.6; stroke-linecap: round; stroke-linejoin: round; }
svg .stroke.thin { stroke-width: 1.1; }
svg .fill { fill: currentColor; }
.ci-icon { flex: none; vertical-align: middle; }
.ci-icon .ring { fill: var(--bg-raised); stroke: currentColor; stroke-width: 1.5; }
.ci-success { color: var(--success); } .ci-failed { color: var(--failed); } .ci-running { color: var(--running); }
.ci-pending { color: var(--pending); } .ci-neutral { color: var(--neutral); }
.ci-badge { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px 1px 4px; border-radius: 999px; font-size: 12px; font-weight: 600; }
.ci-badge.ci-success { background: var(--success-bg); } .ci-badge.ci-failed { background: var(--failed-bg); }
.ci-badge.ci-running { background: var(--running-bg); } .ci-badge.ci-pending { background: var(--pending-bg); }
.ci-badge.ci-neutral { background: var(--neutral-bg); }
.ci-badge .ci-icon .ring { fill: transparent; }
.ci-running .ci-icon .fill { animation: none; }
.pipeline { border: 1px solid var(--border); border-radius: 8px; margin: 0 0 16px; background: var(--bg-raised); }
.pipeline-header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; padding: 10px 16px; border-bottom: 1px solid var(--border); }
.pipeline-header h3 { margin: 0; font-size: 14px; }
.ref { font-family: ui-monospace, Menlo, monospace; font-size: 12px; padding: 0 6px; border-radius: 4px; background: var(--neutral-bg); }
.commit-title { font-weight: 500; }
.meta { color: var(--muted); font-size: 12px; }
.pipeline-graph { display: flex; gap: 40px; padding: 16px; overflow-x: auto; background: var(--bg-subtle); border-radius: 0 0 8px 8px; }
.stage { min-width: 200px; }
.stage-name { margin: 0 0 10px; font-size: 13px; font-weight: 600; text-transform: capitalize; color: var(--text); padding-left: 12px; }
.stage-jobs { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.job-chip, .linked-pipeline { display: flex; align-items: center; gap: 4px; width: 210px; min-height: 36px; padding: 2px 3px 2px 10px; border: 1px solid var(--border); border-radius: 999px; background: var(--bg-raised); box-shadow: 0 1px 2px rgba(5, 5, 6, .08); }
.job-chip:hover, .linked-pipeline:hover { border-color: var(--border-strong); background: var(--neutral-bg); }
.job-link, .linked-pipeline a { flex: 1; min-width: 0; display: flex; align-items: center; gap: 8px; color: var(--text); padding: 4px 0; border-radius: 999px; }
.job-link:hover, .linked-pipeline a:hover { text-decoration: none; }
.job-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bridge-arrow { color: var(--muted); flex: none; }
.job-chip.bridge { border-style: dashed; }
.linked { min-width: 220px; }
.linked-pipeline { border-radius: 8px; flex-direction: column; align-items: flex-start; padding: 6px 10px; }
.linked-via { font-size: 12px; color: var(--muted); padding-left: 24px; }
.linked-project { color: var(--muted); }
.job-action { flex: none; width: 28px; height: 28px; display: inline-flex; align-items: center; justify-content: center; border-radius: 50%; border: 1px solid var(--border); background: var(--bg-raised); color: var(--muted); cursor: pointer; padding: 0; }
.job-action:hover { background: var(--border); color: var(--text); }
.breadcrumbs { color: var(--muted); margin-bottom: 8px; }
.job-layout { display: flex; gap: 24px; align-items: flex-start; }
.job-main { flex: 1; min-width: 0; }
.job-header h2 { display: flex; align-items: center; gap: 10px; margin: 8px 0; }
.job-id { color: var(--muted); font-weight: 400; }
.job-facts { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 0 0 12px; }
.job-facts div { display: flex; gap: 6px; }
.job-facts dt { color: var(--muted); }
.job-facts dd { margin: 0; }
.job-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin-bottom: 12px; }
.job-actions .variables { display: block; margin-bottom: 6px; font-size: 12px; color: var(--muted); min-width: 320px; }
.job-actions form { display: flex; flex-direction: column; align-items: flex-start; }
.job-sidebar { width: 260px; flex: none; border: 1px solid var(--border); border-radius: 8px; padding: 8px 12px; background: var(--bg-subtle); }
.job-sidebar h3 { margin: 4px 0 8px; font-size: 14px; }
.job-sidebar ul { list-style: none; margin: 0; padding: 0; }
.job-sidebar li { display: flex; align-items: center; justify-content: space-between; padding: 3px 0; }
.job-sidebar li.current a { font-weight: 600; }
.job-sidebar a { display: flex; gap: 6px; align-items: center; color: var(--text); }
.stage-tag { color: var(--muted); font-size: 12px; }
.log-toolbar { display: flex; gap: 16px; align-items: center; padding: 6px 12px; border: 1px solid var(--border); border-bottom: 0; border-radius: 8px 8px 0 0; background: var(--bg-subtle); font-size: 13px; }
.log-size { margin-left: auto; color: var(--muted); }
.job-log { background: var(--log-bg); color: var(--log-text); border-radius: 0 0 8px 8px; padding: 8px 0; font-size: 13px; line-height: 20px; overflow-x: auto; min-height: 120px; }
.log-line { display: flex; padding: 0 12px 0 0; white-space: pre-wrap; word-break: break-all; }
.log-line:hover { background: var(--log-hover); }
.log-number { flex: none; width: 56px; padding-right: 12px; text-align: right; color: var(--log-muted); user-select: none; }
.log-text { flex: 1; min-width: 0; }
.log-section > summary { list-style: none; cursor: pointer; position: relative; }
.log-section > summary::-webkit-details-marker { display: none; }
.log-section > summary .log-number::before { content: "\u203A"; display: inline-block; margin-right: 6px; transition: transform .1s; color: var(--log-text); }
.log-section[open] > summary .log-number::before { transform: rotate(90deg); }
.log-duration { flex: none; margin-left: 12px; padding: 0 6px; border-radius: 4px; background: #333238; color: #ececef; font-size: 12px; }
.log-empty { color: var(--log-muted); padding: 0 16px; margin: 0; }
.log-running { display: flex; gap: 4px; padding: 6px 68px; }
.log-running span { width: 6px; height: 6px; border-radius: 50%; background: var(--log-muted); animation: blink 1.2s infinite; }
.log-running span:nth-child(2) { animation-delay: .2s; } .log-running span:nth-child(3) { animation-delay: .4s; }
@keyframes blink { 0%, 80%, 100% { opacity: .2; } 40% { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .log-running span { animation: none; } }
.term-bold { font-weight: 700; } .term-italic { font-style: italic; } .term-underline { text-decoration: underline; }
.term-fg-black { color: #000; } .term-fg-red { color: #f55; } .term-fg-green { color: #4ec95b; } .term-fg-yellow { color: #e5c07b; }
.term-fg-blue { color: #6b9eff; } .term-fg-magenta { color: #d67fe0; } .term-fg-cyan { color: #3fc6d6; } .term-fg-white { color: #ddd; }
.term-fg-l-black { color: #8a8a8a; } .term-fg-l-red { color: #ff7b72; } .term-fg-l-green { color: #7ee787; } .term-fg-l-yellow { color: #f2d88e; }
.term-fg-l-blue { color: #90b7ff; } .term-fg-l-magenta { color: #e9a6f0; } .term-fg-l-cyan { color: #7be3ef; } .term-fg-l-white { color: #fff; }
.term-bg-black { background: #000; } .term-bg-red { background: #a1260d; } .term-bg-green { background: #1a7f37; } .term-bg-yellow { background: #9a6700; }
.term-bg-blue { background: #0a4ea3; } .term-bg-magenta { background: #8250df; } .term-bg-cyan { background: #1b7c83; } .term-bg-white { background: #d0d7de; color: #000; }
.section-head { display: flex; align-items: center; justify-content: space-between; gap: 12px; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 12px 0; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; color: var(--muted); padding: 4px 0; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--border); vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
tbody tr:hover { background: var(--bg-subtle); }
td.path code { word-break: break-all; }
.seq { color: var(--muted); }
.method { font-weight: 600; font-size: 12px; }
.method-post { color: var(--pending); } .method-get { color: var(--running); } .method-delete, .method-put { color: var(--failed); }
.http-status { font-weight: 600; font-variant-numeric: tabular-nums; }
.s2xx { color: var(--success); } .s3xx { color: var(--running); } .s4xx { color: var(--pending); } .s5xx, .http-status.none { color: var(--failed); }
.who-kind { color: var(--muted); font-size: 12px; }
.fingerprint { font-size: 12px; color: var(--muted); }
.notes { color: var(--muted); font-size: 12px; }
.controls { display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); align-items: start; }
input[type=number] { width: 7em; }
.panel { border: 1px solid var(--border); border-radius: 8px; padding: 4px 16px 16px; background: var(--bg-raised); }
.panel h3 { font-size: 14px; margin: 16px 0 4px; }
.control-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
form.inline, form.inline label { display: inline-flex; gap: 6px; align-items: center; }
form.stacked { display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }
form.stacked label { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--muted); }
form.stacked label.check { flex-direction: row; align-items: center; }
table.compact td, table.compact th { padding: 4px 6px; }
@media (max-width: 800px) { .job-layout { flex-direction: column; } .job-sidebar { width: 100%; } }
`;

// src/emulator/ui/read-job-log.ts
async function readJobLog(runtime, job, limitBytes = 512 * 1024) {
  const trace = jobTrace(runtime.state, job, runtime.clock.now());
  if (typeof trace.body === "string") {
    const truncated2 = trace.length > limitBytes;
    const bytes = new TextEncoder().encode(trace.body).subarray(0, limitBytes);
    return { text: new TextDecoder().decode(bytes), bytes: trace.length, truncated: truncated2 };
  }
  const reader = trace.body.getReader();
  const parts = [];
  let read = 0;
  while (read < limitBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value.subarray(0, limitBytes - read));
    read += Math.min(value.length, limitBytes - read);
  }
  await reader.cancel();
  const joined = new Uint8Array(read);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return {
    text: new TextDecoder().decode(joined),
    bytes: trace.length,
    truncated: read < trace.length
  };
}

// src/emulator/ui/describe-fault.ts
function describeFault(fault) {
  const { spec } = fault;
  const parts = [];
  if (spec.delayMs !== void 0) parts.push(`delay ${spec.delayMs} ms`);
  if (spec.status !== void 0)
    parts.push(`answer ${spec.status}${spec.apply ? " (after GitLab applied it)" : ""}`);
  if (spec.kind !== void 0) parts.push(spec.kind);
  return parts.join(", then ");
}

// src/emulator/ui/format-time.ts
function formatTime(ms2, date = true) {
  const iso2 = new Date(ms2).toISOString();
  return date ? `${iso2.slice(0, 10)} ${iso2.slice(11, 19)}` : iso2.slice(11, 19);
}

// src/emulator/ui/render-controls-page.ts
var ROUTES = [
  "GET /projects/:id/jobs",
  "GET /projects/:id/jobs/:job_id",
  "GET /projects/:id/jobs/:job_id/trace",
  "POST /projects/:id/jobs/:job_id/play",
  "POST /projects/:id/jobs/:job_id/retry",
  "POST /projects/:id/jobs/:job_id/cancel",
  "POST /projects/:id/jobs/:job_id/erase",
  "GET /projects/:id/pipelines/:pipeline_id/jobs",
  "GET /projects/:id/pipelines/:pipeline_id/bridges",
  "GET /job"
];
function renderControlsPage(runtime, here) {
  const back = html`<input type="hidden" name="return" value="${here}">`;
  return html`<div class="controls">
${clockSection(runtime, back)}
${faultSection(runtime, back)}
${rateLimitSection(runtime, back)}
<datalist id="api-routes">${ROUTES.map((route) => html`<option value="${route}"></option>`)}</datalist>
</div>`;
}
function clockSection(runtime, back) {
  const { clock } = runtime;
  return html`<section class="panel" aria-labelledby="clock-title">
<h2 id="clock-title">Clock</h2>
<p data-live="clock-state">It is <strong>${formatTime(clock.now())}</strong> UTC on the emulator's clock, which is
${clock.mode === "virtual" ? html`<strong>paused</strong>: time moves only when advanced` : html`<strong>running</strong> at <strong>×${clock.speed}</strong> the wall clock`}.</p>
<div class="control-row">
  <form method="post" action="${UI_BASE}/clock" data-action>${back}
    <input type="hidden" name="mode" value="virtual">
    <button type="submit" class="button" id="clock-pause">Pause</button>
  </form>
  <form method="post" action="${UI_BASE}/clock" data-action class="inline">${back}
    <input type="hidden" name="mode" value="real">
    <label>Speed × <input type="number" name="speed" min="0.001" step="any" value="${clock.speed}" inputmode="decimal"></label>
    <button type="submit" class="button" id="clock-run">Run</button>
  </form>
</div>
<div class="control-row">
  ${["10s", "1m", "10m", "1h"].map(
    (by) => html`<form method="post" action="${UI_BASE}/clock/advance" data-action>${back}
    <input type="hidden" name="by" value="${by}"><button type="submit" class="button" id="advance-${by}">+${by}</button></form>`
  )}
  <form method="post" action="${UI_BASE}/clock/advance" data-action class="inline">${back}
    <label>Advance by <input type="text" name="by" placeholder="90s, 5m, 2h" size="8" required></label>
    <button type="submit" class="button">Advance</button>
  </form>
</div>
</section>`;
}
function faultSection(runtime, back) {
  const faults = runtime.faults.armed();
  return html`<section class="panel" aria-labelledby="faults-title">
<h2 id="faults-title">Faults</h2>
<div data-live="faults">
${faults.length === 0 ? html`<p class="empty">No fault is armed: every request reaches GitLab.</p>` : html`<table class="compact"><caption>Armed faults, matched in this order</caption>
  <thead><tr><th scope="col">#</th><th scope="col">Route</th><th scope="col">Effect</th><th scope="col">Left</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
  <tbody>${faults.map(
    (fault) => html`<tr><td>${fault.id}</td><td><code>${fault.route?.text ?? "any request"}</code></td><td>${describeFault(fault)}</td><td>${fault.remaining}</td>
    <td><form method="post" action="${UI_BASE}/faults/${fault.id}/remove" data-action>${back}<button type="submit" class="button small" id="remove-fault-${fault.id}">Remove</button></form></td></tr>`
  )}</tbody></table>
  <form method="post" action="${UI_BASE}/faults/clear" data-action>${back}<button type="submit" class="button">Remove all</button></form>`}
</div>
<form method="post" action="${UI_BASE}/faults" data-action class="stacked">${back}
  <h3>Arm a fault</h3>
  <label>Route <input type="text" name="route" list="api-routes" placeholder="POST /projects/:id/jobs/:job_id/play (empty: any)" size="44"></label>
  <label>Effect <select name="effect">
    <option value="status">answer with a status</option>
    ${FAULT_KINDS.map((kind) => html`<option value="${kind}">${kind}</option>`)}
    <option value="delay">only a delay</option>
  </select></label>
  <label>Status <input type="number" name="status" min="200" max="599" value="503"></label>
  <label>Delay <input type="text" name="delay" placeholder="e.g. 5s" size="6"></label>
  <label>Times <input type="number" name="times" min="1" value="1"></label>
  <label class="check"><input type="checkbox" name="apply" value="true"> GitLab applies the request first</label>
  <button type="submit" class="button primary">Arm</button>
</form>
</section>`;
}
function rateLimitSection(runtime, back) {
  const rules = runtime.rateLimiter.rules();
  const example = '[{"route": "GET /projects/:id/jobs", "limit": 5, "window": "1m"}]';
  return html`<section class="panel" aria-labelledby="limits-title">
<h2 id="limits-title">Rate limits</h2>
<div data-live="rate-limits">
${rules.length === 0 ? html`<p class="empty">No rate limit is set.</p>` : html`<table class="compact"><caption>Limits per caller, in fixed windows of emulator time</caption>
  <thead><tr><th scope="col">Route</th><th scope="col">Limit</th><th scope="col">Window</th><th scope="col">Kind</th></tr></thead>
  <tbody>${rules.map((rule) => html`<tr><td><code>${rule.route ?? "any request"}</code></td><td>${rule.limit}</td><td>${rule.windowMs / 1e3} s</td><td>${rule.kind}</td></tr>`)}</tbody></table>
  <form method="post" action="${UI_BASE}/rate-limits/clear" data-action>${back}<button type="submit" class="button">Remove all</button></form>`}
</div>
<form method="post" action="${UI_BASE}/rate-limits" data-action class="stacked">${back}
  <label for="rate-limit-rules">Replace the limits (a JSON or YAML list, as in a scenario's <code>server.rateLimits</code>)</label>
  <textarea id="rate-limit-rules" name="rules" rows="4" spellcheck="false" placeholder="${example}">${rules.length > 0 ? JSON.stringify(rules.map((rule) => ({ ...rule.route ? { route: rule.route } : {}, limit: rule.limit, window: rule.windowMs, kind: rule.kind }))) : ""}</textarea>
  <button type="submit" class="button primary">Set limits</button>
</form>

</section>`;
}

// src/emulator/ui/format-duration.ts
function formatDuration(ms2) {
  const total = Math.max(0, Math.floor(ms2 / 1e3));
  const pad = (value) => String(value).padStart(2, "0");
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total % 3600 / 60);
  const seconds2 = total % 60;
  return hours > 0 ? `${pad(hours)}:${pad(minutes)}:${pad(seconds2)}` : `${pad(minutes)}:${pad(seconds2)}`;
}

// src/emulator/ui/render-job-action.ts
var ICONS = {
  play: '<path d="M5.5 4v8l6.5-4z" class="fill"/>',
  retry: '<path d="M12 8a4 4 0 1 1-1.2-2.85" class="stroke"/><path d="M11.4 3.2v2.3H9.1" class="stroke"/>',
  cancel: '<path d="M5 5l6 6M11 5l-6 6" class="stroke"/>',
  erase: '<path d="M4.5 5h7M6.5 5V3.8h3V5M5.5 5l.6 7.2h3.8l.6-7.2" class="stroke"/>'
};
var LABELS = {
  play: "Run",
  retry: "Retry",
  cancel: "Cancel",
  erase: "Erase"
};
function renderJobAction(action, job, here, options = {}) {
  const label = `${LABELS[action]} ${job.name}`;
  const icon = raw(
    `<svg class="action-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">${ICONS[action]}</svg>`
  );
  return html`<form class="job-action-form" method="post" action="${UI_BASE}/jobs/${job.id}/${action}" data-action ${options.follow ? raw("data-follow-result") : ""}>
<input type="hidden" name="return" value="${here}">${options.extra ?? ""}${options.compact ? html`<button type="submit" class="job-action action-${action}" id="${action}-${job.id}" aria-label="${label}" title="${label}">${icon}</button>` : html`<button type="submit" class="button action-${action}" id="${action}-${job.id}-button">${icon} ${LABELS[action]}</button>`}</form>`;
}

// src/emulator/ui/escape-html.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

// src/emulator/ui/ansi-to-html.ts
var PLAIN_ANSI = {
  fg: null,
  bg: null,
  bold: false,
  italic: false,
  underline: false
};
var NAMES = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];
var SEQUENCE = /\u001b\[([0-9;:]*)([A-Za-z])/g;
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
function ansiToHtml(text, state) {
  let html2 = "";
  let current = state;
  let last = 0;
  for (const match2 of text.matchAll(SEQUENCE)) {
    html2 += styled(text.slice(last, match2.index), current);
    last = match2.index + match2[0].length;
    if (match2[2] === "m") current = applySgr(current, match2[1] ?? "");
  }
  html2 += styled(text.slice(last), current);
  return { html: html2, state: current };
}
function styled(text, state) {
  const clean2 = text.replace(CONTROL, "");
  if (clean2 === "") return "";
  const classes = [];
  const styles = [];
  if (state.fg?.startsWith("#")) styles.push(`color:${state.fg}`);
  else if (state.fg) classes.push(`term-fg-${state.fg}`);
  if (state.bg?.startsWith("#")) styles.push(`background-color:${state.bg}`);
  else if (state.bg) classes.push(`term-bg-${state.bg}`);
  if (state.bold) classes.push("term-bold");
  if (state.italic) classes.push("term-italic");
  if (state.underline) classes.push("term-underline");
  if (classes.length === 0 && styles.length === 0) return escapeHtml(clean2);
  const classAttr = classes.length > 0 ? ` class="${classes.join(" ")}"` : "";
  const styleAttr = styles.length > 0 ? ` style="${styles.join(";")}"` : "";
  return `<span${classAttr}${styleAttr}>${escapeHtml(clean2)}</span>`;
}
function applySgr(state, params) {
  const codes = params.split(/[;:]/).map((code) => code === "" ? 0 : Number(code));
  const next = { ...state };
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index] ?? 0;
    if (code === 0) Object.assign(next, PLAIN_ANSI);
    else if (code === 1) next.bold = true;
    else if (code === 3) next.italic = true;
    else if (code === 4) next.underline = true;
    else if (code === 22) next.bold = false;
    else if (code === 23) next.italic = false;
    else if (code === 24) next.underline = false;
    else if (code >= 30 && code <= 37) next.fg = NAMES[code - 30] ?? null;
    else if (code >= 90 && code <= 97) next.fg = `l-${NAMES[code - 90]}`;
    else if (code === 39) next.fg = null;
    else if (code >= 40 && code <= 47) next.bg = NAMES[code - 40] ?? null;
    else if (code >= 100 && code <= 107) next.bg = `l-${NAMES[code - 100]}`;
    else if (code === 49) next.bg = null;
    else if (code === 38 || code === 48) {
      const { color, used } = extendedColor(codes, index + 1);
      if (code === 38) next.fg = color;
      else next.bg = color;
      index += used;
    }
  }
  return next;
}
function extendedColor(codes, at) {
  if (codes[at] === 5) {
    const n = codes[at + 1] ?? -1;
    return { color: xterm256(n), used: 2 };
  }
  if (codes[at] === 2) {
    const [r, g, b] = [codes[at + 1], codes[at + 2], codes[at + 3]];
    return { color: hex(r, g, b), used: 4 };
  }
  return { color: null, used: 0 };
}
function xterm256(n) {
  if (!Number.isInteger(n) || n < 0 || n > 255) return null;
  if (n < 8) return NAMES[n] ?? null;
  if (n < 16) return `l-${NAMES[n - 8]}`;
  if (n < 232) {
    const level = (value) => value === 0 ? 0 : 55 + value * 40;
    const cube = n - 16;
    return hex(level(Math.floor(cube / 36)), level(Math.floor(cube / 6) % 6), level(cube % 6));
  }
  const grey = 8 + (n - 232) * 10;
  return hex(grey, grey, grey);
}
function hex(...channels) {
  if (!channels.every((c) => c !== void 0 && Number.isInteger(c) && c >= 0 && c <= 255))
    return null;
  return `#${channels.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

// src/emulator/ui/render-job-log.ts
var MARKER = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the marker is made of escape sequences.
  /^(?:\u001b\[0K)?section_(start|end):(\d+):([A-Za-z0-9_.-]+)(\[[^\]]*\])?\r(?:\u001b\[0K)?/
);
function renderJobLog(text) {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  let ansi = PLAIN_ANSI;
  let lineNumber = 0;
  const root = {
    name: "",
    startedAt: 0,
    collapsed: false,
    header: "",
    lineNumber: 0,
    body: ""
  };
  const stack = [root];
  const top = () => stack.at(-1) ?? root;
  for (const raw2 of lines) {
    let rest = raw2;
    let match2 = MARKER.exec(rest);
    let opened;
    while (match2) {
      rest = rest.slice(match2[0].length);
      const [, kind, unix, name = "", options = ""] = match2;
      if (kind === "start") {
        opened = {
          name,
          startedAt: Number(unix),
          collapsed: /collapsed=true/.test(options),
          header: "",
          lineNumber: 0,
          body: ""
        };
        stack.push(opened);
      } else {
        closeSection(stack, name, Number(unix));
        opened = void 0;
      }
      match2 = MARKER.exec(rest);
    }
    const visible = rest.endsWith("\r") ? rest.slice(0, -1) : rest;
    const shown = visible.includes("\r") ? visible.slice(visible.lastIndexOf("\r") + 1) : visible;
    if (opened) {
      const rendered2 = ansiToHtml(shown, ansi);
      ansi = rendered2.state;
      opened.lineNumber = ++lineNumber;
      opened.header = rendered2.html;
      continue;
    }
    if (rest === "" && raw2 !== "") continue;
    const rendered = ansiToHtml(shown, ansi);
    ansi = rendered.state;
    top().body += lineRow(++lineNumber, rendered.html);
  }
  while (stack.length > 1) closeSection(stack, top().name, null);
  return root.body;
}
function closeSection(stack, name, endedAt) {
  const index = stack.findLastIndex((section) => section.name === name);
  if (index < 1) return;
  while (stack.length > index) {
    const section = stack.pop();
    const parent = stack.at(-1);
    const ended = section.name === name ? endedAt : null;
    parent.body += sectionHtml(section, ended);
  }
}
function sectionHtml(section, endedAt) {
  const name = escapeHtml(section.name);
  const open = endedAt === null || !section.collapsed ? " open" : "";
  const duration = endedAt === null ? "" : `<span class="log-duration">${formatDuration((endedAt - section.startedAt) * 1e3)}</span>`;
  return `<details class="log-section" data-section="${name}"${open}><summary class="log-line log-section-header" id="L${section.lineNumber}"><span class="log-number" aria-hidden="true">${section.lineNumber}</span><span class="log-text">${section.header}</span>${duration}</summary>${section.body}</details>`;
}
function lineRow(number2, html2) {
  return `<div class="log-line" id="L${number2}"><span class="log-number" aria-hidden="true">${number2}</span><span class="log-text">${html2}</span></div>`;
}

// src/emulator/ui/job-actions-for.ts
var CANCELABLE2 = /* @__PURE__ */ new Set(["running", "pending", "preparing", "waiting_for_resource"]);
var RETRYABLE = /* @__PURE__ */ new Set(["success", "failed", "canceled"]);
function jobActionFor(job) {
  if (job.status === "manual" || job.status === "scheduled") return "play";
  if (job.kind !== "build") return null;
  if (CANCELABLE2.has(job.status)) return "cancel";
  if (RETRYABLE.has(job.status)) return "retry";
  return null;
}

// src/emulator/ui/status-icon.ts
var STATUSES2 = {
  success: { group: "success", glyph: '<path d="M5 8.2l2 2 4-4.2" class="stroke"/>' },
  failed: {
    group: "failed",
    glyph: '<path d="M5.7 5.7l4.6 4.6M10.3 5.7l-4.6 4.6" class="stroke"/>'
  },
  running: { group: "running", glyph: '<path d="M8 4a4 4 0 0 1 0 8z" class="fill"/>' },
  pending: { group: "pending", glyph: '<path d="M6.5 5.5v5M9.5 5.5v5" class="stroke"/>' },
  preparing: { group: "pending", glyph: dots() },
  waiting_for_resource: { group: "pending", glyph: dots() },
  waiting_for_callback: { group: "pending", glyph: dots() },
  created: { group: "neutral", glyph: '<circle cx="8" cy="8" r="2.2" class="stroke"/>' },
  manual: {
    group: "neutral",
    glyph: '<circle cx="8" cy="8" r="1.6" class="stroke"/><path d="M8 4.2v1.6M8 10.2v1.6M4.2 8h1.6M10.2 8h1.6M5.3 5.3l1.1 1.1M9.6 9.6l1.1 1.1M5.3 10.7l1.1-1.1M9.6 6.4l1.1-1.1" class="stroke thin"/>'
  },
  scheduled: { group: "neutral", glyph: '<path d="M8 5v3.2l2.1 1.3" class="stroke"/>' },
  canceled: { group: "neutral", glyph: '<path d="M5.5 10.5l5-5" class="stroke"/>' },
  canceling: { group: "neutral", glyph: '<path d="M5.5 10.5l5-5" class="stroke"/>' },
  skipped: {
    group: "neutral",
    glyph: '<path d="M5 5.5l2.5 2.5L5 10.5M8.5 5.5L11 8l-2.5 2.5" class="stroke"/>'
  }
};
function dots() {
  return '<circle cx="5.2" cy="8" r="0.9" class="fill"/><circle cx="8" cy="8" r="0.9" class="fill"/><circle cx="10.8" cy="8" r="0.9" class="fill"/>';
}
function statusGroup(status) {
  return STATUSES2[status]?.group ?? "neutral";
}
function statusIcon(status) {
  const style = STATUSES2[status] ?? { group: "neutral", glyph: "" };
  const label = escapeHtml(status.replaceAll("_", " "));
  return `<svg class="ci-icon ci-${style.group}" viewBox="0 0 16 16" width="16" height="16" role="img" aria-label="${label}"><title>${label}</title><circle cx="8" cy="8" r="7" class="ring"/>${style.glyph}</svg>`;
}

// src/emulator/ui/render-pipeline.ts
function renderPipeline(state, pipeline, here) {
  const status = pipelineStatus(state, pipeline);
  const project = state.project(pipeline.projectId);
  const user = state.user(pipeline.userId);
  const titleId = `pipeline-${pipeline.id}-title`;
  return html`<article class="pipeline" id="pipeline-${pipeline.id}" data-pipeline-id="${pipeline.id}" data-status="${status}" aria-labelledby="${titleId}">
<header class="pipeline-header">
  ${statusBadge(status)}
  <h3 id="${titleId}"><a href="${UI_BASE}/pipelines/${pipeline.id}">${project.fullPath} #${pipeline.id}</a></h3>
  <span class="ref" title="ref">${pipeline.ref}</span>
  <span class="commit-title">${pipeline.commit.title}</span>
  <span class="meta">${pipeline.source}${user ? html` · by ${user.username}` : ""} · created <time datetime="${new Date(pipeline.createdAt).toISOString()}">${formatTime(pipeline.createdAt)}</time></span>
</header>
<div class="pipeline-graph">
  ${upstreamColumn(state, pipeline)}
  ${stagesOf(state, pipeline).map(
    ({ stage, jobs }) => html`<section class="stage" aria-label="Stage ${stage}">
    <h4 class="stage-name">${stage}</h4>
    <ul class="stage-jobs">${jobs.map((job) => jobChip(state, job, here))}</ul>
  </section>`
  )}
  ${downstreamColumn(state, pipeline)}
</div>
</article>`;
}
function statusBadge(status) {
  return html`<span class="ci-badge ci-${statusGroup(status)}" data-status="${status}">${raw(statusIcon(status))}<span>${status.replaceAll("_", " ")}</span></span>`;
}
function stagesOf(state, pipeline) {
  const jobs = state.pipelineJobs(pipeline).filter((job) => !job.retried);
  const names = [...pipeline.stages];
  for (const job of jobs) if (!names.includes(job.spec.stage)) names.push(job.spec.stage);
  return names.map((stage) => ({ stage, jobs: jobs.filter((job) => job.spec.stage === stage) })).filter(({ jobs: inStage }) => inStage.length > 0);
}
function jobChip(state, job, here) {
  const name = job.spec.name;
  const action = jobActionFor(job);
  const status = job.status.replaceAll("_", " ");
  const downstream = job.downstreamPipelineId === null ? void 0 : state.pipelines.get(job.downstreamPipelineId);
  const href = downstream ? `${UI_BASE}/pipelines/${downstream.id}` : `${UI_BASE}/jobs/${job.id}`;
  const title = downstream ? `${name} - ${status} - triggers ${state.project(downstream.projectId).fullPath} #${downstream.id}` : `${name} - ${status}`;
  return html`<li class="job-chip ci-${statusGroup(job.status)}${job.kind === "bridge" ? " bridge" : ""}" data-job-id="${job.id}" data-job-name="${name}" data-status="${job.status}">
  <a class="job-link" href="${href}" title="${title}">${raw(statusIcon(job.status))}<span class="job-name">${name}</span>${job.kind === "bridge" ? raw(
    '<svg class="bridge-arrow" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M3 8h9M9 5l3 3-3 3" class="stroke"/></svg>'
  ) : ""}<span class="visually-hidden"> (${status}${downstream ? `, downstream pipeline #${downstream.id}` : ""})</span></a>
  ${action ? renderJobAction(action, { id: job.id, name }, here, { compact: true }) : ""}
</li>`;
}
function linkedPipeline(state, pipeline, via) {
  const status = pipelineStatus(state, pipeline);
  const project = state.project(pipeline.projectId).fullPath;
  return html`<li class="linked-pipeline ci-${statusGroup(status)}" data-status="${status}">
  <a href="${UI_BASE}/pipelines/${pipeline.id}" title="${project} #${pipeline.id} - ${status}">${raw(statusIcon(status))}<span><span class="linked-project">${project}</span> <span class="linked-id">#${pipeline.id}</span></span></a>
  <span class="linked-via">${via}</span>
</li>`;
}
function upstreamColumn(state, pipeline) {
  const bridge = pipeline.upstreamBridgeId === null ? void 0 : state.jobs.get(pipeline.upstreamBridgeId);
  const upstream = bridge ? state.pipelines.get(bridge.pipelineId) : void 0;
  if (!bridge || !upstream) return "";
  return html`<section class="stage linked upstream" aria-label="Upstream pipeline">
  <h4 class="stage-name">Upstream</h4>
  <ul class="stage-jobs">${linkedPipeline(state, upstream, `via ${bridge.spec.name}`)}</ul>
</section>`;
}
function downstreamColumn(state, pipeline) {
  const links = state.pipelineJobs(pipeline).filter((job) => !job.retried && job.downstreamPipelineId !== null).flatMap((job) => {
    const downstream = state.pipelines.get(job.downstreamPipelineId ?? -1);
    return downstream ? [linkedPipeline(state, downstream, `from ${job.spec.name}`)] : [];
  });
  if (links.length === 0) return "";
  return html`<section class="stage linked downstream" aria-label="Downstream pipelines">
  <h4 class="stage-name">Downstream</h4>
  <ul class="stage-jobs">${links}</ul>
</section>`;
}

// src/emulator/ui/render-job-page.ts
var LIVE = /* @__PURE__ */ new Set(["running", "pending", "preparing", "waiting_for_resource", "canceling"]);
function renderJobPage(state, job, log, now, here) {
  const project = state.project(job.projectId);
  const pipeline = state.pipeline(job.pipelineId);
  const running = LIVE.has(job.status);
  return html`<nav class="breadcrumbs" aria-label="Breadcrumbs">
  <a href="${UI_BASE}#project-${project.id}">${project.fullPath}</a> ›
  <a href="${UI_BASE}/pipelines/${pipeline.id}">Pipeline #${pipeline.id}</a> ›
  <span aria-current="page">${job.spec.name} #${job.id}</span>
</nav>
<div class="job-layout">
<div class="job-main">
  <div data-live="job-header" class="job-header" data-job-id="${job.id}" data-status="${job.status}">
    <h2>${statusBadge(job.status)} <span class="job-title">${job.spec.name}</span> <span class="job-id">#${job.id}</span></h2>
    ${jobFacts(state, job, now)}
    <div class="job-actions">${jobActions(job, here)}</div>
  </div>
  <div class="log-toolbar">
    <label><input type="checkbox" id="follow-log" ${running ? raw("checked") : ""}> Follow the log</label>
    <a href="#L1">Top</a> <a href="#log-end">Bottom</a>
    <span class="log-size" data-live="log-size">${log.bytes.toLocaleString("en")} bytes${log.truncated ? ` (showing the first ${(log.text.length / 1024).toFixed(0)} KiB)` : ""}</span>
  </div>
  <div class="job-log" data-live="log" data-running="${running ? "true" : "false"}" role="log" aria-label="Job log" tabindex="0">${raw(renderJobLog(log.text))}${log.bytes === 0 ? html`<p class="log-empty">${job.kind === "bridge" ? "A bridge has no log." : job.startedAt === null ? "The job has not started yet." : job.erasedAt !== null ? "The log was erased." : "No output yet."}</p>` : ""}${running ? raw('<div class="log-running" aria-hidden="true"><span></span><span></span><span></span></div>') : ""}</div>
  <div id="log-end"></div>
</div>
<aside class="job-sidebar" data-live="pipeline-jobs" aria-label="Jobs of pipeline #${pipeline.id}">
  <h3>Pipeline #${pipeline.id}</h3>
  <ul>${state.pipelineJobs(pipeline).filter((each) => !each.retried || each.id === job.id).map(
    (each) => html`<li${each.id === job.id ? raw(' class="current"') : ""}><a href="${UI_BASE}/jobs/${each.id}" ${each.id === job.id ? raw('aria-current="page"') : ""}>${raw(statusIcon(each.status))} ${each.spec.name}</a> <span class="stage-tag">${each.spec.stage}</span></li>`
  )}</ul>
</aside>
</div>`;
}
function jobFacts(state, job, now) {
  const user = state.user(job.userId);
  const duration = job.startedAt === null ? null : (job.finishedAt ?? now) - job.startedAt;
  const rows = [
    ["Stage", job.spec.stage],
    ["User", user?.username ?? "\u2014"],
    ["Created", formatTime(job.createdAt)]
  ];
  if (job.startedAt !== null) rows.push(["Started", formatTime(job.startedAt)]);
  if (job.finishedAt !== null) rows.push(["Finished", formatTime(job.finishedAt)]);
  if (duration !== null) rows.push(["Duration", formatDuration(duration)]);
  if (job.kind === "build") rows.push(["Runner", job.spec.runner.description]);
  if (job.attempt > 0 || job.retried)
    rows.push(["Attempt", `${job.attempt + 1}${job.retried ? " (retried)" : ""}`]);
  if (job.playedByUserId !== null) {
    const variables = (job.playVariables ?? []).map((variable) => variable.key).join(", ");
    rows.push([
      "Played by",
      `${state.user(job.playedByUserId)?.username ?? "?"}${variables ? ` with ${variables}` : ""}`
    ]);
  }
  if (job.spec.environment) rows.push(["Environment", job.spec.environment.name]);
  if (job.failureReason) rows.push(["Failure reason", job.failureReason.replaceAll("_", " ")]);
  if (job.downstreamPipelineId !== null)
    rows.push([
      "Downstream",
      html`<a href="${UI_BASE}/pipelines/${job.downstreamPipelineId}">pipeline #${job.downstreamPipelineId}</a>`
    ]);
  if (job.erasedAt !== null) rows.push(["Erased", formatTime(job.erasedAt)]);
  return html`<dl class="job-facts">${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}
function jobActions(job, here) {
  const ref = { id: job.id, name: job.spec.name };
  const actions = [];
  if (job.status === "manual" || job.status === "scheduled") {
    actions.push(
      renderJobAction("play", ref, here, {
        extra: html`<label class="variables"><span>Variables (<code>KEY=value</code>, one a line)</span><textarea name="variables" rows="2" spellcheck="false"></textarea></label>`
      })
    );
  }
  if ([
    "running",
    "pending",
    "preparing",
    "waiting_for_resource",
    "created",
    "manual",
    "scheduled",
    "canceling"
  ].includes(job.status))
    actions.push(renderJobAction("cancel", ref, here));
  if (job.kind === "build" && ["success", "failed", "canceled", "canceling"].includes(job.status))
    actions.push(renderJobAction("retry", ref, here, { follow: true }));
  if (job.kind === "build" && job.erasedAt === null && ["success", "failed", "canceled"].includes(job.status))
    actions.push(renderJobAction("erase", ref, here));
  return actions;
}

// src/emulator/ui/render-layout.ts
function renderLayout(ctx, page) {
  const { runtime, actAs } = ctx;
  const nav = (section, label, path) => html`<a href="${UI_BASE}${path}" ${page.section === section ? raw('aria-current="page"') : ""}>${label}</a>`;
  const users = [...runtime.state.users.values()];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${page.title} · jobrelay emulator</title>
<link rel="stylesheet" href="${UI_BASE}/assets/dashboard.css">
<script src="${UI_BASE}/assets/dashboard.js" defer></script>
</head>
<body data-ui-base="${UI_BASE}" data-digest="${page.digest}" data-watch="${page.watchJobId ?? ""}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="topbar">
  <a class="brand" href="${UI_BASE}">jobrelay <span>GitLab emulator</span></a>
  <nav aria-label="Dashboard">
    ${nav("pipelines", "Pipelines", "")}${nav("requests", "Requests", "/requests")}${nav("controls", "Controls", "/controls")}
  </nav>
  ${renderClock(ctx)}
  <form class="act-as" method="post" action="${UI_BASE}/act-as" data-action data-auto-submit>
    <label for="act-as-user">Act as</label>
    <select id="act-as-user" name="user">
      ${users.map((user) => html`<option value="${user.username}" ${user.username === actAs ? raw("selected") : ""}>${user.username}</option>`)}
    </select>
    <input type="hidden" name="return" value="${ctx.here}">
    <button type="submit" class="button small no-js-only">Use</button>
  </form>
</header>
<div id="notice" class="notice" role="status" aria-live="polite">${ctx.notice ?? ""}</div>
<main id="main" tabindex="-1">
<h1 class="visually-hidden">${page.title}</h1>
${page.body}
</main>
</body>
</html>`;
}
function renderClock(ctx) {
  const { clock } = ctx.runtime;
  const now = clock.now();
  const mode = clock.mode === "virtual" ? "paused (virtual time)" : `running \xD7${clock.speed}`;
  return html`<p class="clock" data-live="clock" data-now-ms="${now}" data-mode="${clock.mode}" data-speed="${clock.speed}">
    <span class="visually-hidden">Emulator time: </span><time class="clock-time" datetime="${new Date(now).toISOString()}">${formatTime(now)}</time>
    <span class="clock-mode">${mode}</span>
  </p>`;
}

// src/emulator/ui/render-pipelines-page.ts
var PIPELINES_PER_PROJECT = 5;
function renderPipelinesPage(state, here) {
  const projects = [...state.projects.values()];
  return html`<div data-live="pipelines">${projects.map((project) => {
    const pipelines = [...state.pipelines.values()].filter((pipeline) => pipeline.projectId === project.id).sort((a, b) => b.id - a.id);
    const hidden = pipelines.length - PIPELINES_PER_PROJECT;
    return html`<section class="project" aria-labelledby="project-${project.id}">
  <h2 id="project-${project.id}">${project.fullPath} <span class="count">${pipelines.length} pipeline${pipelines.length === 1 ? "" : "s"}</span></h2>
  ${pipelines.length === 0 ? html`<p class="empty">No pipelines yet.</p>` : ""}
  ${pipelines.slice(0, PIPELINES_PER_PROJECT).map((pipeline) => renderPipeline(state, pipeline, here))}
  ${hidden > 0 ? html`<p class="more">${hidden} older pipeline${hidden === 1 ? "" : "s"} not shown.</p>` : ""}
</section>`;
  })}</div>`;
}

// src/emulator/ui/request-filter.ts
function readRequestFilter(query) {
  const status = query("status") ?? "";
  return {
    method: (query("method") ?? "").toUpperCase(),
    path: query("path") ?? "",
    status: /^[1-5]xx$|^none$/.test(status) ? status : "",
    who: query("who") ?? ""
  };
}
function matchesRequestFilter(filter, entry, caller) {
  if (filter.method && entry.method !== filter.method) return false;
  if (filter.path && !entry.path.toLowerCase().includes(filter.path.toLowerCase())) return false;
  if (filter.status === "none" && entry.status !== null) return false;
  if (filter.status && filter.status !== "none" && String(entry.status ?? "")[0] !== filter.status[0])
    return false;
  if (filter.who) {
    const text = `${caller.name ?? ""} ${caller.kind} ${caller.fingerprint ?? ""}`.toLowerCase();
    if (!text.includes(filter.who.toLowerCase())) return false;
  }
  return true;
}

// src/emulator/ui/render-requests-page.ts
var REQUEST_ROWS = 500;
var METHODS2 = ["GET", "POST", "PUT", "DELETE", "HEAD"];
var STATUSES3 = ["2xx", "3xx", "4xx", "5xx", "none"];
function renderRequestsPage(entries, who, filter, here) {
  const option = (value, current, label = value) => html`<option value="${value}" ${value === current ? raw("selected") : ""}>${label}</option>`;
  return html`<section aria-labelledby="requests-title">
<div class="section-head">
  <h2 id="requests-title">What reached GitLab</h2>
  <form method="post" action="${UI_BASE}/requests/clear" data-action>
    <input type="hidden" name="return" value="${here}">
    <button type="submit" class="button">Clear the log</button>
  </form>
</div>
<p class="hint">Every request the emulated <code>/api/v4</code> received: who sent it is a user, a job, or a token's fingerprint (the first 12 hex digits of its SHA-256) — never the token.</p>
<form class="filters" method="get" action="${UI_BASE}/requests" data-live-filter role="search" aria-label="Filter requests">
  <label>Method <select name="method">${option("", filter.method, "any")}${METHODS2.map((m) => option(m, filter.method))}</select></label>
  <label>Path contains <input type="search" name="path" value="${filter.path}" placeholder="/jobs/"></label>
  <label>Status <select name="status">${option("", filter.status, "any")}${STATUSES3.map((s) => option(s, filter.status, s === "none" ? "no answer" : s))}</select></label>
  <label>Who <input type="search" name="who" value="${filter.who}" placeholder="maintainer, job, fingerprint"></label>
  <button type="submit" class="button">Filter</button>
</form>
${requestTable(entries, who, filter)}
</section>`;
}
function requestTable(entries, who, filter) {
  const rows = entries.map((entry) => ({ entry, caller: who.callerOf(entry) })).filter(({ entry, caller }) => matchesRequestFilter(filter, entry, caller)).reverse();
  const shown = rows.slice(0, REQUEST_ROWS);
  return html`<div class="table-wrap" data-live="requests">
<table class="requests">
  <caption>${rows.length} request${rows.length === 1 ? "" : "s"}${rows.length > shown.length ? ` (the newest ${shown.length} shown)` : ""}, newest first</caption>
  <thead><tr><th scope="col">#</th><th scope="col">Time</th><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Status</th><th scope="col">Who</th><th scope="col">Notes</th></tr></thead>
  <tbody>${shown.map(({ entry, caller }) => {
    const query = Object.entries(entry.query).flatMap(
      ([key, value]) => (Array.isArray(value) ? value : [value]).map((item) => `${key}=${item}`)
    ).join("&");
    const statusClass = entry.status === null ? "none" : `s${String(entry.status)[0]}xx`;
    const notes = [
      entry.fault ? `fault: ${entry.fault}` : "",
      entry.tokenInQuery ? "token in the query string" : "",
      entry.applied ? "" : "not applied"
    ].filter(Boolean);
    return html`<tr data-seq="${entry.seq}">
    <td class="seq">${entry.seq}</td>
    <td><time datetime="${entry.at}">${formatTime(Date.parse(entry.at), false)}</time></td>
    <td><span class="method method-${entry.method.toLowerCase()}">${entry.method}</span></td>
    <td class="path"><code>${entry.path}${query ? `?${query}` : ""}</code></td>
    <td><span class="http-status ${statusClass}">${entry.status ?? "\u2014"}</span></td>
    <td class="who">${callerCell(caller)}</td>
    <td class="notes">${notes.join("; ")}</td>
  </tr>`;
  })}</tbody>
</table>
</div>`;
}
function callerCell(caller) {
  if (caller.kind === "none") return html`<span class="who-anonymous">anonymous</span>`;
  const kind = { private: "personal token", oauth: "OAuth token", job: "job token" }[caller.kind];
  return html`<span class="who-name">${caller.name ?? "unknown"}</span> <span class="who-kind">${kind}</span> <code class="fingerprint" title="token fingerprint">${caller.fingerprint ?? ""}</code>`;
}

// src/emulator/ui/request-who.ts
var RequestWho = class {
  #state;
  #names = /* @__PURE__ */ new Map();
  #seenJobs = /* @__PURE__ */ new Set();
  /** Learns the current users' fingerprints and those of the live job tokens not yet seen. */
  async refresh(runtime) {
    const { state } = runtime;
    if (state !== this.#state) {
      this.#state = state;
      this.#names.clear();
      this.#seenJobs.clear();
      for (const user of state.users.values()) {
        this.#names.set(await requestTokenFingerprint(user.personalToken), user.username);
        if (user.oauthToken)
          this.#names.set(await requestTokenFingerprint(user.oauthToken), user.username);
      }
    }
    for (const { token, job } of state.liveJobTokens()) {
      if (this.#seenJobs.has(job.id)) continue;
      this.#seenJobs.add(job.id);
      this.#names.set(await requestTokenFingerprint(token), `job #${job.id} ${job.spec.name}`);
    }
  }
  /** Who sent the logged request, as far as is known. */
  callerOf(entry) {
    const name = entry.tokenFingerprint ? this.#names.get(entry.tokenFingerprint) ?? null : null;
    return { name, kind: entry.authKind, fingerprint: entry.tokenFingerprint };
  }
};

// src/emulator/ui/ui-change-digest.ts
var states = /* @__PURE__ */ new WeakMap();
var nextGeneration = 1;
function uiChangeDigest(runtime, watchJobId) {
  runtime.sync();
  const { state, clock } = runtime;
  let generation = states.get(state);
  if (generation === void 0) {
    generation = nextGeneration++;
    states.set(state, generation);
  }
  let hash = 0;
  const mix = (value) => {
    hash = Math.imul(hash, 31) + value | 0;
  };
  for (const job of state.jobs.values()) {
    mix(job.id);
    mix(job.updatedAt);
    mix(job.status.length + job.status.charCodeAt(0) * 64);
    mix(job.erasedAt ?? -1);
    mix(job.retried ? 1 : 0);
  }
  const now = clock.now();
  const clockPart = clock.mode === "virtual" ? `v${now}` : `r${clock.speed}:${Math.round((now - Date.now() * clock.speed) / 1e3)}`;
  const lastRequest = runtime.requestLog.list().at(-1);
  const requestPart = `${lastRequest?.seq ?? 0}:${lastRequest?.status ?? "-"}`;
  const faults = runtime.faults.list();
  const faultPart = faults.map((fault) => `${fault.id}/${fault.remaining}`).join(",");
  const limitPart = JSON.stringify(runtime.rateLimiter.rules());
  let tracePart = "";
  const watched = watchJobId === void 0 ? void 0 : state.jobs.get(watchJobId);
  if (watched) {
    const trace = jobTrace(state, watched, now);
    if (typeof trace.body !== "string") void trace.body.cancel();
    tracePart = String(trace.length);
  }
  return [
    generation,
    state.jobs.size,
    state.pipelines.size,
    hash >>> 0,
    clockPart,
    requestPart,
    faultPart,
    limitPart,
    tracePart
  ].join("|");
}

// src/emulator/ui/create-ui-app.ts
var SECURITY_HEADERS = {
  "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "cache-control": "no-store"
};
function createUiApp(options) {
  const { runtime } = options;
  const who = new RequestWho();
  const ui = new Hono3();
  ui.use("*", async function secureHeaders(c, next) {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  ui.use("*", csrf());
  const contextOf = async (c) => {
    runtime.sync();
    await who.refresh(runtime);
    const url = new URL(c.req.url);
    const notice = url.searchParams.get("notice") ?? void 0;
    url.searchParams.delete("notice");
    return {
      runtime,
      actAs: readActAs(c, runtime),
      who,
      here: `${url.pathname}${url.search}`,
      notice
    };
  };
  const page = (c, ctx, view) => c.html(renderLayout(ctx, { ...view, digest: uiChangeDigest(runtime, view.watchJobId) }));
  ui.get("/", async (c) => {
    const ctx = await contextOf(c);
    return page(c, ctx, {
      title: "Pipelines",
      section: "pipelines",
      body: renderPipelinesPage(runtime.state, ctx.here)
    });
  });
  ui.get("/pipelines/:id", async (c) => {
    const ctx = await contextOf(c);
    const pipeline = runtime.state.pipelines.get(Number(c.req.param("id")));
    if (!pipeline) return c.text("No such pipeline", 404);
    const project = runtime.state.project(pipeline.projectId);
    return page(c, ctx, {
      title: `${project.fullPath} pipeline #${pipeline.id}`,
      section: "pipelines",
      body: html`<div data-live="pipeline">${renderPipeline(runtime.state, pipeline, ctx.here)}</div>`
    });
  });
  ui.get("/jobs/:id", async (c) => {
    const ctx = await contextOf(c);
    const job = runtime.state.jobs.get(Number(c.req.param("id")));
    if (!job) return c.text("No such job", 404);
    const log = await readJobLog(runtime, job);
    return page(c, ctx, {
      title: `${job.spec.name} #${job.id}`,
      section: null,
      body: renderJobPage(runtime.state, job, log, runtime.clock.now(), ctx.here),
      watchJobId: job.id
    });
  });
  ui.get("/requests", async (c) => {
    const ctx = await contextOf(c);
    const filter = readRequestFilter((name) => c.req.query(name));
    return page(c, ctx, {
      title: "Requests",
      section: "requests",
      body: renderRequestsPage(runtime.requestLog.list(), who, filter, ctx.here)
    });
  });
  ui.get("/controls", async (c) => {
    const ctx = await contextOf(c);
    return page(c, ctx, {
      title: "Controls",
      section: "controls",
      body: renderControlsPage(runtime, ctx.here)
    });
  });
  ui.get("/events", (c) => {
    const watch = Number(c.req.query("watch"));
    const watchJobId = Number.isInteger(watch) && watch > 0 ? watch : void 0;
    const interval = options.eventIntervalMs ?? 250;
    return streamSSE(c, async (stream2) => {
      let last = "";
      let quietMs = 0;
      while (!stream2.aborted && !stream2.closed) {
        await who.refresh(runtime);
        const digest = uiChangeDigest(runtime, watchJobId);
        if (digest !== last) {
          last = digest;
          quietMs = 0;
          await stream2.writeSSE({ event: "change", data: digest });
        } else {
          quietMs += interval;
          if (quietMs >= 15e3) {
            quietMs = 0;
            await stream2.write(": still here\n\n");
          }
        }
        await stream2.sleep(interval);
      }
    });
  });
  ui.get(
    "/assets/dashboard.css",
    (c) => c.body(DASHBOARD_STYLES, 200, { "content-type": "text/css; charset=utf-8" })
  );
  ui.get(
    "/assets/dashboard.js",
    (c) => c.body(DASHBOARD_SCRIPT, 200, { "content-type": "text/javascript; charset=utf-8" })
  );
  ui.route("/", createUiActionApp({ ...options, who }));
  ui.notFound((c) => c.text("Not Found", 404));
  return ui;
}

// src/emulator/create-emulator.ts
var DEFAULT_VIRTUAL_START = Date.parse("2024-06-03T09:00:00.000Z");
function createEmulator(options = {}) {
  const scenario = toScenario(options.scenario ?? demoScenario);
  const mode = options.clock?.mode ?? "virtual";
  const configuredStart = options.clock?.startAt ?? scenario.startAt;
  const startAt = configuredStart === void 0 ? mode === "virtual" ? DEFAULT_VIRTUAL_START : Date.now() : typeof configuredStart === "number" ? configuredStart : Date.parse(configuredStart);
  const clock = new EmulatorClock({ mode, startAt, speed: options.clock?.speed });
  const generateToken = options.generateToken ?? randomToken;
  const faults = new FaultStore();
  const rateLimiter = new RateLimiter();
  const requestLog = new RequestLog(options.requestLogLimit);
  let state = buildState(scenario, clock.now(), generateToken);
  rateLimiter.setRules(scenario.server?.rateLimits ?? []);
  const runtime = {
    clock,
    get state() {
      return state;
    },
    faults,
    rateLimiter,
    requestLog,
    controlToken: options.controlToken,
    loadScenario(next) {
      state = buildState(next, clock.now(), generateToken);
      rateLimiter.setRules(next.server?.rateLimits ?? []);
      faults.clear();
      requestLog.clear();
    },
    sync() {
      syncState(state, clock.now());
    }
  };
  const app = new Hono3();
  const inProcessFetch = createInProcessFetch(app);
  app.route("/api/v4", createApiApp(runtime));
  app.route("/-/emulator", createControlApp(runtime));
  app.route(UI_BASE, createUiApp({ runtime, apiFetch: inProcessFetch }));
  app.get(`${OBJECT_STORAGE_PATH}/:key/:filename`, (c) => {
    runtime.sync();
    const artifact = runtime.state.objectStorage.open(c.req.param("key"), runtime.clock.now());
    return objectStorageResponse(c.req.raw, artifact);
  });
  app.get(`${UI_BASE}/`, (c) => c.redirect(UI_BASE));
  app.notFound(
    (c) => c.req.path.startsWith("/api/v4/") ? c.json({ error: "404 Not Found" }, 404) : c.text("Not Found", 404)
  );
  app.get(
    "/",
    (c) => c.text(
      `jobrelay GitLab Jobs API emulator: /api/v4 (GitLab), /-/emulator (control), ${UI_BASE} (dashboard)
`
    )
  );
  return {
    app,
    fetch: inProcessFetch,
    clock,
    get state() {
      return state;
    },
    runtime,
    loadScenario(input) {
      runtime.loadScenario(toScenario(input));
    },
    advance(ms2) {
      clock.advance(ms2);
      runtime.sync();
    },
    personalTokens() {
      return Object.fromEntries(
        [...state.users.values()].map((user) => [user.username, user.personalToken])
      );
    },
    jobTokens() {
      runtime.sync();
      return state.liveJobTokens().map(({ token, job }) => ({
        token,
        jobId: job.id,
        jobName: job.spec.name,
        projectPath: state.project(job.projectId).fullPath
      }));
    },
    dispose() {
      clock.dispose();
    }
  };
}
function toScenario(input) {
  return typeof input === "string" ? parseScenarioText(input) : validateScenario(input);
}

// node_modules/@hono/node-server/dist/utils/response.mjs
var RESPONSE_ALREADY_SENT = new Response(null, { headers: { [X_ALREADY_SENT]: "true" } });

// src/emulator/node/act-out-fault.ts
async function actOutFault(response, bindings) {
  const signal = faultSignalOf(response);
  if (!signal) return response;
  const { incoming, outgoing } = bindings;
  if (signal === "truncate") {
    const { sent, declaredLength } = await truncatedPart(response);
    const headers = {};
    response.headers.forEach((value, name) => {
      if (name !== FAULT_SIGNAL_HEADER && name !== "transfer-encoding") headers[name] = value;
    });
    headers["content-length"] = String(declaredLength);
    outgoing.writeHead(response.status, headers);
    outgoing.write(sent, () => outgoing.socket?.end());
    return RESPONSE_ALREADY_SENT;
  }
  await response.body?.cancel();
  incoming.socket.resetAndDestroy();
  return RESPONSE_ALREADY_SENT;
}

// src/emulator/node/start-emulator-server.ts
async function startEmulatorServer(options = {}) {
  const emulator = options.emulator ?? createEmulator(options);
  const host = options.host ?? "127.0.0.1";
  const server = createAdaptorServer({
    // Plain HTTP/1.1 server: the bindings are always Node's IncomingMessage and ServerResponse.
    fetch: async (request, bindings) => actOutFault(await emulator.app.fetch(request, bindings), bindings),
    // Leave the process's global Request and Response alone: other code shares them.
    overrideGlobalObjects: false
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address();
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  let closing;
  return {
    url,
    emulator,
    close() {
      closing ??= new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        if (!options.emulator) emulator.dispose();
      });
      return closing;
    }
  };
}

// src/emulator/node/emulator-main.ts
var USAGE = `Usage: jobrelay emulator [--port 0] [--host 127.0.0.1] [--scenario <file.yaml|file.json>]
                         [--real-time | --virtual-clock] [--speed N]

Serves a GitLab Jobs API emulator (the demo scenario unless --scenario is given) and prints one
JSON line: {"url": "http://127.0.0.1:<port>", "tokens": {"<username>": "<personal token>", ...}}.
The control API is under <url>/-/emulator, a live dashboard at <url>/-/emulator/ui.
Stops on SIGINT or SIGTERM.
`;
async function runEmulatorCli(argv, io = {}) {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const args = argv[0] === "emulator" ? argv.slice(1) : argv;
  let values;
  try {
    values = parse3(args);
  } catch (error) {
    stderr.write(`jobrelay emulator: ${errorMessage(error)}

${USAGE}`);
    return 2;
  }
  if (values.help) {
    stdout.write(USAGE);
    return 0;
  }
  const port = Number(values.port ?? "0");
  const speed = Number(values.speed ?? "1");
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return usageError(stderr, `invalid --port ${values.port}`);
  if (!(speed > 0)) return usageError(stderr, `invalid --speed ${values.speed}`);
  if (values["real-time"] && values["virtual-clock"])
    return usageError(stderr, "choose --real-time or --virtual-clock");
  let scenario;
  if (values.scenario !== void 0) {
    try {
      const text = await (io.readFile ?? ((path) => readFile(path, "utf8")))(
        values.scenario
      );
      scenario = parseScenarioText(text, values.scenario);
    } catch (error) {
      stderr.write(`${describeLoadError(error, values.scenario)}
`);
      return 1;
    }
  }
  const server = await startEmulatorServer({
    port,
    host: values.host ?? "127.0.0.1",
    ...scenario ? { scenario } : {},
    clock: { mode: values["virtual-clock"] ? "virtual" : "real", speed }
  });
  stdout.write(
    `${JSON.stringify({ url: server.url, tokens: server.emulator.personalTokens() })}
`
  );
  stderr.write(
    `jobrelay emulator: GitLab Jobs API at ${server.url}/api/v4, control at ${server.url}/-/emulator; Ctrl-C stops it.
jobrelay emulator: dashboard at ${server.url}${UI_BASE}
`
  );
  await stopRequested(io.signal);
  await server.close();
  stderr.write("jobrelay emulator: stopped.\n");
  return 0;
}
function parse3(args) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      scenario: { type: "string" },
      "real-time": { type: "boolean" },
      "virtual-clock": { type: "boolean" },
      speed: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  }).values;
}
function usageError(stderr, message) {
  stderr.write(`jobrelay emulator: ${message}

${USAGE}`);
  return 2;
}
function describeLoadError(error, path) {
  if (error instanceof ScenarioError) {
    return [
      `jobrelay emulator: invalid scenario ${path}:`,
      ...error.issues.map((issue) => `  ${formatIssue(issue)}`)
    ].join("\n");
  }
  const reason = errorMessage(error);
  return `jobrelay emulator: cannot read scenario ${path}: ${reason}`;
}
function stopRequested(signal) {
  if (signal) {
    return signal.aborted ? Promise.resolve() : new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
  }
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
export {
  runEmulatorCli
};
