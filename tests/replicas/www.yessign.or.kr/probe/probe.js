// The page's view of the browser: what a bank's integrity or anti-tampering script could read.
// Loaded first thing in <head>. What it reads must be the same whether or not the extension is installed;
// tests/e2e/page-view.test.ts loads this page in a browser without the extension and in one with
// it and compares. Plain ES5-style script, no test framework: any browser can run it.
(function () {
  'use strict';
  var out = {};
  var nativeToString = Function.prototype.toString;
  var getOwnNames = Object.getOwnPropertyNames;
  var getDescriptor = Object.getOwnPropertyDescriptor;
  var put = function (key, value) {
    out[key] = typeof value === 'string' ? value : JSON.stringify(value);
  };
  // Every reading goes through try/catch: a probe that throws is itself a value to compare.
  var read = function (fn) {
    try {
      return fn();
    } catch (error) {
      return errorShape(error);
    }
  };
  var errorShape = function (error) {
    if (error === null || typeof error !== 'object') return { thrown: String(error) };
    var stack = getDescriptor(error, 'stack');
    return {
      thrown: Object.prototype.toString.call(error),
      name: error.name,
      message: error.message,
      constructor: error.constructor && error.constructor.name,
      ownKeys: Reflect.ownKeys(error).map(String),
      stack: typeof error.stack === 'string' ? error.stack : typeof error.stack,
      stackDescriptor: stack ? describe(stack) : 'none',
      // A stack installed by Error.captureStackTrace could differ from the engine's own.
      stackGetterShared: stack && stack.get ? stack.get === sharedStackGetter : 'n/a',
    };
  };
  var sharedStackGetter = (function () {
    var d = getDescriptor(new Error('x'), 'stack');
    return d && d.get;
  })();
  var describe = function (d) {
    var shape = { enumerable: d.enumerable, configurable: d.configurable };
    if ('value' in d) {
      shape.writable = d.writable;
      shape.value = typeof d.value === 'function' || (typeof d.value === 'object' && d.value !== null) ? typeof d.value : String(d.value);
    } else {
      shape.get = typeof d.get;
      shape.set = typeof d.set;
    }
    return shape;
  };
  var source = function (fn) {
    return read(function () {
      return nativeToString.call(fn);
    });
  };

  // ---- 1. Globals, as early as a page script can look -------------------------------------
  put('window names at start', getOwnNames(window));
  put('document names at start', getOwnNames(document));
  put('html attributes at start', read(function () {
    return [].map.call(document.documentElement.attributes, function (a) { return a.name + '=' + a.value; });
  }));

  // ---- 2. Every event the page can think of, on window in both phases ---------------------
  var names = {};
  [window, Document.prototype, Element.prototype, HTMLElement.prototype, SVGElement.prototype, Window.prototype].forEach(function (o) {
    var p = o;
    while (p) {
      getOwnNames(p).forEach(function (n) {
        if (/^on/.test(n)) names[n.slice(2)] = true;
      });
      p = Object.getPrototypeOf(p);
    }
  });
  [
    'DOMContentLoaded', 'message', 'messageerror', 'readystatechange', 'visibilitychange', 'securitypolicyviolation',
    'slotchange', 'animationstart', 'animationiteration', 'animationend', 'animationcancel', 'transitionrun',
    'transitionstart', 'transitionend', 'transitioncancel', 'webkitanimationstart', 'webkitanimationend',
    'webkittransitionend', 'DOMNodeInserted', 'DOMNodeRemoved', 'DOMSubtreeModified', 'DOMAttrModified',
    'DOMCharacterDataModified', 'DOMNodeInsertedIntoDocument', 'DOMNodeRemovedFromDocument', 'DOMFocusIn',
    'DOMFocusOut', 'DOMActivate', 'focusin', 'focusout', 'pageshow', 'pagehide', 'pagereveal', 'pageswap',
    'freeze', 'resume', 'prerenderingchange', 'fullscreenchange', 'pointerlockchange', 'selectionchange',
    'selectstart', 'languagechange', 'storage', 'hashchange', 'popstate', 'unhandledrejection',
    'rejectionhandled', 'error', 'load', 'beforeunload', 'unload', 'shadowrootattached', 'customelementdefined',
    'alert', 'confirm', 'prompt', 'dialog', 'open', 'popup', 'hook', 'extension', 'content-script',
    'reissue-helper:dialog', 'reissue-helper:shadow-root', 'reissue-helper', 'wxt:content-script-started',
  ].forEach(function (n) {
    names[n] = true;
  });
  var eventNames = Object.keys(names).sort();
  put('event names listened for', eventNames.length);
  var heard = [];
  var describeTarget = function (t) {
    if (t === window) return 'window';
    if (t === document) return 'document';
    if (t && t.nodeName) return t.nodeName + (t.id ? '#' + t.id : '');
    return Object.prototype.toString.call(t);
  };
  var listener = function (event) {
    var data = '';
    if ('data' in event) data = read(function () { return typeof event.data === 'string' ? event.data.slice(0, 200) : JSON.stringify(event.data); });
    if ('detail' in event) data = read(function () { return String(event.detail).slice(0, 200); });
    heard.push([event.type, describeTarget(event.target), event.isTrusted, String(data)].join(' | '));
  };
  eventNames.forEach(function (n) {
    window.addEventListener(n, listener, true);
    window.addEventListener(n, listener, false);
  });

  // ---- 3. Mutations the page would see ----------------------------------------------------
  var mutations = [];
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      var added = [].map.call(r.addedNodes, describeTarget).join(',');
      mutations.push([r.type, describeTarget(r.target), r.attributeName || '', added].join(' | '));
    });
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });

  // ---- 4. Functions: how each looks and how it fails ----------------------------------------
  var plainGlobals = ['alert', 'confirm', 'prompt', 'open', 'print', 'queueMicrotask', 'setTimeout', 'postMessage', 'dispatchEvent', 'CustomEvent', 'MessageChannel', 'MessageEvent', 'Event', 'Proxy'];
  var targets = [];
  plainGlobals.forEach(function (n) { targets.push(['window.' + n, window, n]); });
  [
    [Element.prototype, 'Element.prototype', ['attachShadow']],
    [Function.prototype, 'Function.prototype', ['toString', 'call', 'apply', 'bind']],
    [EventTarget.prototype, 'EventTarget.prototype', ['dispatchEvent', 'addEventListener', 'removeEventListener']],
    [MessagePort.prototype, 'MessagePort.prototype', ['postMessage']],
    [RegExp.prototype, 'RegExp.prototype', ['test', 'exec']],
    [String.prototype, 'String.prototype', ['slice']],
    [JSON, 'JSON', ['stringify']],
    [Reflect, 'Reflect', ['apply']],
    [Object, 'Object', ['defineProperty']],
    [Error, 'Error', ['captureStackTrace']],
  ].forEach(function (group) {
    group[2].forEach(function (n) { targets.push([group[1] + '.' + n, group[0], n]); });
  });
  // Errors are thrown from here, so their stacks have the same page frames in every browser run.
  var attempt = function (fn) {
    return read(function () {
      var value = fn();
      return { returned: typeof value === 'object' && value !== null ? Object.prototype.toString.call(value) : String(value) };
    });
  };
  var probeFunction = function (label, owner, key) {
    var d = getDescriptor(owner, key);
    put(label + ' descriptor on its owner', d ? describe(d) : 'none');
    if (!d || typeof d.value !== 'function') return;
    var f = d.value;
    put(label + ' Function.prototype.toString.call', source(f));
    put(label + ' String()', read(function () { return String(f); }));
    put(label + ' .toString()', read(function () { return f.toString(); }));
    put(label + ' template', read(function () { return '' + f; }));
    put(label + ' .toString.toString()', read(function () { return f.toString.toString(); }));
    put(label + ' name, length, typeof, tag', [f.name, f.length, typeof f, Object.prototype.toString.call(f)]);
    put(label + ' has prototype', ['prototype' in f, Object.prototype.hasOwnProperty.call(f, 'prototype')]);
    put(label + ' own keys', Reflect.ownKeys(f).map(String));
    Reflect.ownKeys(f).forEach(function (k) { put(label + ' own ' + String(k), describe(getDescriptor(f, k))); });
    put(label + ' prototype chain', [Object.getPrototypeOf(f) === Function.prototype, f instanceof Function, f instanceof Object]);
    put(label + ' extensible, sealed, frozen', [Object.isExtensible(f), Object.isSealed(f), Object.isFrozen(f)]);
    put(label + ' bound', read(function () { var b = f.bind(null); return [b.name, b.length, nativeToString.call(b)]; }));
    put(label + ' wrong receiver', attempt(function () { return f.call({}); }));
    put(label + ' new', attempt(function () { return new f(); }));
    put(label + ' Reflect.construct', attempt(function () { return Reflect.construct(f, []); }));
    put(label + ' class extends', attempt(function () { return class extends f {}; }));
    put(label + ' .caller', attempt(function () { return f.caller; }));
    put(label + ' .arguments', attempt(function () { return f.arguments; }));
    put(label + ' Object.create(f).toString()', attempt(function () { return Object.create(f).toString(); }));
    put(label + ' toString of a non-function', attempt(function () { return f.toString.call({}); }));
    put(label + ' symbol argument', attempt(function () { return label.indexOf('window.') === 0 && /alert|confirm|prompt|open/.test(key) ? f(Symbol('x')) : 'skipped'; }));
    // Prototype cycles through the function: an engine refuses them; each is undone afterwards.
    var proto = Object.getPrototypeOf(f);
    var restore = function () { try { Object.setPrototypeOf(f, proto); } catch (e) { /* as it was */ } };
    put(label + ' cycle via setPrototypeOf', attempt(function () { return Object.setPrototypeOf(f, Object.create(f)) + ''; }));
    restore();
    put(label + ' cycle via __proto__', attempt(function () { f.__proto__ = Object.create(f); return f + ''; }));
    restore();
    put(label + ' cycle via Reflect.setPrototypeOf', attempt(function () { return Reflect.setPrototypeOf(f, Object.create(f)); }));
    restore();
    put(label + ' self as prototype', attempt(function () { return Object.setPrototypeOf(f, f) + ''; }));
    restore();
    put(label + ' after the cycles', [source(f), Object.getPrototypeOf(f) === proto]);
  };
  targets.forEach(function (t) { probeFunction(t[0], t[1], t[2]); });
  put('toString of toString', source(Function.prototype.toString));
  put('alert is stable', [window.alert === window.alert, window.alert === self.alert, window.alert === globalThis.alert]);

  // Everything reachable in one step from the global object: each function's look.
  var sweep = {};
  var look = function (label, fn) {
    sweep[label] = [source(fn), read(function () { return fn.name; }), read(function () { return fn.length; })].join(' · ');
  };
  var lookAt = function (prefix, object) {
    getOwnNames(object).forEach(function (k) {
      var d = read(function () { return getDescriptor(object, k); });
      if (!d || d.thrown) return;
      if (typeof d.value === 'function') look(prefix + k, d.value);
      if (typeof d.get === 'function') look(prefix + k + ' get', d.get);
      if (typeof d.set === 'function') look(prefix + k + ' set', d.set);
    });
  };
  lookAt('window.', window);
  getOwnNames(window).forEach(function (k) {
    var d = getDescriptor(window, k);
    if (!d || !('value' in d) || d.value === null || d.value === window) return;
    if (typeof d.value === 'function') {
      lookAt(k + '.', d.value);
      var proto = getDescriptor(d.value, 'prototype');
      if (proto && proto.value && typeof proto.value === 'object') lookAt(k + '.prototype.', proto.value);
    } else if (typeof d.value === 'object') {
      lookAt(k + '.', d.value);
    }
  });
  var sweepKeys = Object.keys(sweep).sort();
  put('sweep count', sweepKeys.length);
  sweepKeys.forEach(function (k) { out['sweep ' + k] = sweep[k]; });

  // A fresh frame's own toString, the classic way to see through a wrapper.
  put('fresh iframe toString of alert', read(function () {
    var frame = document.createElement('iframe');
    document.documentElement.appendChild(frame);
    var value = [frame.contentWindow.Function.prototype.toString.call(window.alert), frame.contentWindow.Function.prototype.toString.call(window.open)];
    frame.remove();
    return value;
  }));

  // ---- 5. The page uses the functions ------------------------------------------------------
  var used = [];
  // A frame of our own, listened to from the moment it exists: what happens in it at its start
  // (where an extension's scripts meet) is in reach of this page.
  var childHeard = [];
  var child = document.createElement('iframe');
  var listenToChild = function () {
    var w = child.contentWindow;
    eventNames.forEach(function (n) {
      var record = function (event) {
        var t = event.target;
        childHeard.push([event.type, t === w ? 'window' : t && t.nodeName ? t.nodeName : Object.prototype.toString.call(t), event.isTrusted].join(' | '));
      };
      w.addEventListener(n, record, true);
      w.document.addEventListener(n, record, true);
    });
  };

  var use = function () {
    document.body.appendChild(child);
    listenToChild();
    put('child frame alert', read(function () { return [child.contentWindow.alert('자식 프레임 안내'), source(child.contentWindow.alert), child.contentWindow.Function.prototype.toString.call(window.confirm)]; }));
    used.push(['alert', attempt(function () { return alert('안내: 확인을 누르세요'); })]);
    used.push(['confirm', attempt(function () { return confirm('계속 진행할까요?'); })]);
    used.push(['prompt', attempt(function () { return prompt('별칭을 입력하세요', '기본값'); })]);
    var conversions = 0;
    used.push(['alert with an object', attempt(function () { return alert({ toString: function () { conversions++; return '객체 안내'; } }); })]);
    used.push(['its toString was called', conversions]);
    used.push(['alert, no argument', attempt(function () { return alert(); })]);
    used.push(['open noopener', attempt(function () { return window.open('/reissue/benign.html', '_blank', 'noopener'); })]);
    used.push(['open bad URL', attempt(function () { return window.open('http://[bad', '_blank', 'noopener'); })]);
    used.push(['attachShadow twice', attempt(function () {
      var host = document.createElement('div');
      host.attachShadow({ mode: 'open' });
      return host.attachShadow({ mode: 'open' });
    })]);
    put('using the functions', used);

    // Shadow trees two and three deep, open and closed, as components build them.
    var Outer = function () { return Reflect.construct(HTMLElement, [], Outer); };
    Outer.prototype = Object.create(HTMLElement.prototype);
    Outer.prototype.connectedCallback = function () {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: 'open' }).innerHTML = '<p>바깥</p><probe-inner></probe-inner>';
    };
    var Inner = function () {
      var self = Reflect.construct(HTMLElement, [], Inner);
      self.attachShadow({ mode: 'closed' }).innerHTML = '<p>안쪽</p><span>세 번째 없음</span>';
      return self;
    };
    Inner.prototype = Object.create(HTMLElement.prototype);
    customElements.define('probe-outer', Outer);
    customElements.define('probe-inner', Inner);
    var host = document.createElement('probe-outer');
    host.id = 'nested';
    document.body.appendChild(host);
    var text = document.createElement('p');
    text.id = 'later';
    text.textContent = '안내문이 바뀌었습니다.';
    setTimeout(function () { document.body.appendChild(text); }, 100);
  };

  var finish = function () {
    put('child frame events heard', childHeard.sort());
    child.remove();
    put('window names at end', getOwnNames(window));
    put('document names at end', getOwnNames(document));
    put('html attributes at end', [].map.call(document.documentElement.attributes, function (a) { return a.name + '=' + a.value; }));
    put('elements at end', [].map.call(document.querySelectorAll('*'), describeTarget));
    put('style sheets', [document.styleSheets.length, document.adoptedStyleSheets ? document.adoptedStyleSheets.length : 'n/a']);
    put('resources loaded', performance.getEntriesByType('resource').map(function (e) { return e.name.replace(/^https?:\/\/[^/]+/, ''); }));
    // As a multiset: when focus and blur land relative to load is the browser's timing, not ours.
    put('events heard', heard.sort());
    put('mutations seen', mutations);
    // Published in the DOM: the test reads it from a world of its own, whatever this page did.
    var result = document.createElement('script');
    result.type = 'application/json';
    result.id = 'probe-result';
    result.textContent = JSON.stringify(out);
    document.body.appendChild(result);
  };

  document.addEventListener('DOMContentLoaded', use);
  // Long enough for anything an extension does after load (slices, timers, re-checks).
  window.addEventListener('load', function () { setTimeout(finish, 2500); });
})();
