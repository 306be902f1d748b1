// A hostile page's view: it watches and then breaks the built-ins an extension's page script might
// lean on, and uses alert, confirm, prompt, window.open and attachShadow each time. With or without
// the extension it must see the same outcomes and the same accesses (tests/e2e/page-view.test.ts).
// Everything this script itself needs is taken first, and called through Reflect.apply.
(function () {
  'use strict';
  var apply = Reflect.apply;
  var construct = Reflect.construct;
  var defineProperty = Object.defineProperty;
  var getDescriptor = Object.getOwnPropertyDescriptor;
  var setPrototypeOf = Object.setPrototypeOf;
  var create = Object.create;
  var objectToString = Object.prototype.toString;
  var functionToString = Function.prototype.toString;
  var stringify = JSON.stringify;
  var later = setTimeout;
  var PageError = Error;
  var out = {};

  var shape = function (error) {
    return error !== null && typeof error === 'object'
      ? { name: error.name, message: error.message, stack: String(error.stack) }
      : { thrown: String(error) };
  };
  var attempt = function (fn) {
    try {
      var value = fn();
      return { returned: value === null || typeof value !== 'object' ? String(value) : apply(objectToString, value, []) };
    } catch (error) {
      return shape(error);
    }
  };
  // A descriptor no inherited getter can add to.
  var descriptor = function (fields) {
    var d = create(null);
    for (var k in fields) d[k] = fields[k];
    return d;
  };

  // What a page script might lean on; "!" marks a constructor.
  var groups = [
    [Function.prototype, 'Function.prototype', ['apply', 'call', 'bind', 'toString']],
    [Reflect, 'Reflect', ['apply', 'construct', 'getPrototypeOf', 'setPrototypeOf', 'defineProperty', 'ownKeys']],
    [Object, 'Object', ['defineProperty', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'setPrototypeOf', 'create', 'keys', 'assign']],
    [String.prototype, 'String.prototype', ['slice', 'indexOf', 'toString', 'replace', 'trim', 'startsWith', 'includes', 'split', 'toLowerCase']],
    [Array.prototype, 'Array.prototype', ['push', 'slice', 'indexOf', 'includes', 'join', 'forEach', 'map', Symbol.iterator]],
    [RegExp.prototype, 'RegExp.prototype', ['test', 'exec', Symbol.replace, Symbol.match]],
    [JSON, 'JSON', ['stringify', 'parse']],
    [EventTarget.prototype, 'EventTarget.prototype', ['dispatchEvent', 'addEventListener', 'removeEventListener']],
    [MessagePort.prototype, 'MessagePort.prototype', ['postMessage', 'start']],
    [Node.prototype, 'Node.prototype', ['appendChild', 'contains']],
    [Element.prototype, 'Element.prototype', ['getAttribute', 'setAttribute', 'matches']],
    [Promise.prototype, 'Promise.prototype', ['then']],
    [Error, 'Error', ['captureStackTrace']],
    [window, 'window', ['queueMicrotask', 'setTimeout', 'requestAnimationFrame', 'postMessage', 'CustomEvent!', 'MessageEvent!', 'Event!', 'MessageChannel!', 'WeakMap!', 'Map!', 'Set!', 'Proxy!', 'Error!', 'TypeError!']],
  ];
  var targets = [];
  for (var g = 0; g < groups.length; g++) {
    for (var i = 0; i < groups[g][2].length; i++) {
      var key = groups[g][2][i];
      var isConstructor = typeof key === 'string' && key.charAt(key.length - 1) === '!';
      var name = isConstructor ? key.slice(0, -1) : key;
      var saved = getDescriptor(groups[g][0], name);
      if (!saved) continue;
      targets[targets.length] = { owner: groups[g][0], name: name, label: groups[g][1] + '.' + String(name), isConstructor: isConstructor, saved: descriptor(saved) };
    }
  }
  var replaceAll = function (make) {
    for (var t = 0; t < targets.length; t++) {
      defineProperty(targets[t].owner, targets[t].name, descriptor({ value: make(targets[t]), writable: true, configurable: true, enumerable: false }));
    }
  };
  var restoreAll = function () {
    for (var t = 0; t < targets.length; t++) defineProperty(targets[t].owner, targets[t].name, targets[t].saved);
  };

  // ---- 1. Watch: every built-in still works, and each use is written down ---------------------
  var accesses = [];
  var watching = false;
  var note = function (what) {
    if (watching) accesses[accesses.length] = what;
  };
  replaceAll(function (target) {
    var original = target.saved.value;
    return target.isConstructor
      ? function () { note(target.label); return construct(original, arguments, new.target || original); }
      : function () { note(target.label); return apply(original, this, arguments); };
  });
  // Getters where a careless script reads options, descriptors, handlers or array items.
  var watchedReads = ['detail', 'bubbles', 'cancelable', 'composed', 'ports', 'data', 'get', 'set', 'apply', 'has', 'ownKeys', 'getPrototypeOf', 'setPrototypeOf', 'construct', 'value', 'writable', 'enumerable', 'configurable', 'toJSON', 'then', 'once', 'capture', 'passive', 'signal'];
  var watchRead = function (owner, label, name) {
    defineProperty(owner, name, descriptor({
      get: function () { note('read ' + label + '.' + name); return undefined; },
      // Writing still makes an own property, as it would without the getter.
      set: function (value) { defineProperty(this, name, descriptor({ value: value, writable: true, enumerable: true, configurable: true })); },
      configurable: true,
    }));
  };
  for (var r = 0; r < watchedReads.length; r++) watchRead(Object.prototype, 'Object.prototype', watchedReads[r]);
  for (var n = 0; n < 4; n++) watchRead(Array.prototype, 'Array.prototype', String(n));
  var unwatchReads = function () {
    for (var r2 = 0; r2 < watchedReads.length; r2++) delete Object.prototype[watchedReads[r2]];
    for (var n2 = 0; n2 < 4; n2++) delete Array.prototype[String(n2)];
  };

  var useAll = function (failure) {
    var used = [];
    var use = function (fn) { used[used.length] = attempt(fn); };
    use(function () { return alert(failure); });
    use(function () { return confirm('계속 진행할까요?'); });
    use(function () { return prompt('별칭을 입력하세요', '기본값'); });
    use(function () { return alert(); });
    use(function () { return window.open('/reissue/benign.html', '_blank', 'noopener'); });
    use(function () { return window.open('/reissue/benign.html', 'certwin', 'width=420,height=500'); });
    use(function () { return document.createElement('div').attachShadow({ mode: 'closed' }); });
    use(function () { return apply(functionToString, alert, []); });
    use(function () { return apply(functionToString, window.open, []); });
    use(function () { return apply(alert, {}, []); });
    use(function () { return setPrototypeOf(confirm, create(confirm)); });
    return used;
  };

  document.addEventListener('DOMContentLoaded', function () {
    watching = true;
    var watched = useAll('안내: 확인을 누르세요');
    watching = false;

    // ---- 2. Break: the same built-ins now throw (a row of issue #11) --------------------------
    var called = [];
    replaceAll(function (target) {
      return function () {
        called[called.length] = target.label;
        throw new PageError('broken by the page: ' + target.label);
      };
    });
    var broken = useAll('본인확인에 실패하였습니다.');
    restoreAll();
    unwatchReads();

    out['watched: outcomes'] = stringify(watched);
    out['watched: accesses'] = stringify(accesses);
    out['broken: outcomes'] = stringify(broken);
    out['broken: called'] = stringify(called);
    later(function () {
      var result = document.createElement('script');
      result.type = 'application/json';
      result.id = 'probe-result';
      result.textContent = stringify(out);
      document.body.appendChild(result);
    }, 500);
  });
})();
