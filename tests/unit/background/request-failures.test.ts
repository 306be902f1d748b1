import { describe, expect, it } from 'vitest';
import { judgeRequest } from '../../../entrypoints/background/request-failures';

describe('judgeRequest', () => {
  it('turns 5xx on documents, frames and XHR into a server error with the status as code', () => {
    for (const type of ['main_frame', 'sub_frame', 'xmlhttprequest']) {
      expect(
        judgeRequest({
          url: 'https://www.yessign.or.kr/cert/reissue.do?ssn=9001011234567',
          type,
          statusCode: 502,
        }),
      ).toEqual({
        problemId: 'server-error',
        code: '502',
        source: 'http',
        // The host only: paths and queries can hold personal data.
        text: `HTTP 502 · ${type} · www.yessign.or.kr`,
      });
    }
  });

  it('turns time-outs, resets and DNS failures into a server error named by the error', () => {
    for (const error of [
      'net::ERR_TIMED_OUT',
      'net::ERR_CONNECTION_RESET',
      'net::ERR_NAME_NOT_RESOLVED',
      'NS_ERROR_NET_TIMEOUT',
    ]) {
      expect(
        judgeRequest({ url: 'https://obank.kbstar.com/quics', type: 'xmlhttprequest', error }),
      ).toMatchObject({
        problemId: 'server-error',
        source: 'network',
        code: error.replace('net::', ''),
      });
    }
  });

  it('ignores what is not the site failing: success, 4xx, aborts, certificate and blocked requests, images', () => {
    const url = 'https://www.yessign.or.kr/';
    expect(judgeRequest({ url, type: 'main_frame', statusCode: 200 })).toBeUndefined();
    expect(judgeRequest({ url, type: 'xmlhttprequest', statusCode: 404 })).toBeUndefined();
    expect(judgeRequest({ url, type: 'xmlhttprequest', error: 'net::ERR_ABORTED' })).toBeUndefined();
    expect(judgeRequest({ url, type: 'main_frame', error: 'net::ERR_CERT_DATE_INVALID' })).toBeUndefined();
    expect(
      judgeRequest({ url, type: 'xmlhttprequest', error: 'net::ERR_BLOCKED_BY_CLIENT' }),
    ).toBeUndefined();
    expect(judgeRequest({ url, type: 'image', statusCode: 500 })).toBeUndefined();
    expect(judgeRequest({ url: 'not a url', type: 'main_frame', statusCode: 500 })).toBeUndefined();
  });

  it('names the local security program a page could not reach', () => {
    expect(
      judgeRequest({
        url: 'https://127.0.0.1:16107/delfino/handler',
        type: 'xmlhttprequest',
        error: 'net::ERR_CONNECTION_REFUSED',
      }),
    ).toEqual({
      problemId: 'security-program-missing',
      source: 'program',
      text: 'Delfino (127.0.0.1:16107): ERR_CONNECTION_REFUSED',
    });
    expect(
      judgeRequest({
        url: 'http://localhost:34581/',
        type: 'xmlhttprequest',
        error: 'net::ERR_CONNECTION_REFUSED',
      })?.text,
    ).toMatch(/^TouchEn nxKey /);
    // A program that answers is fine, and other loopback ports are not ours to judge.
    expect(
      judgeRequest({ url: 'https://127.0.0.1:16107/', type: 'xmlhttprequest', statusCode: 200 }),
    ).toBeUndefined();
    expect(
      judgeRequest({
        url: 'http://127.0.0.1:3000/',
        type: 'xmlhttprequest',
        error: 'net::ERR_CONNECTION_REFUSED',
      }),
    ).toBeUndefined();
  });
});
describe('judgeRequest: which failures count', () => {
  const url = 'https://obank.kbstar.com/quics';

  // Chromium names them "net::ERR_…", Firefox "NS_ERROR_…": each is a failure of the site or the
  // network that waiting, retrying or another network can fix.
  it.each([
    'net::ERR_TIMED_OUT',
    'net::ERR_CONNECTION_TIMED_OUT',
    'net::ERR_CONNECTION_RESET',
    'net::ERR_CONNECTION_CLOSED',
    'net::ERR_CONNECTION_REFUSED',
    'net::ERR_CONNECTION_FAILED',
    'net::ERR_EMPTY_RESPONSE',
    'net::ERR_NAME_NOT_RESOLVED',
    'net::ERR_NAME_RESOLUTION_FAILED',
    'net::ERR_INTERNET_DISCONNECTED',
    'net::ERR_NETWORK_CHANGED',
    'net::ERR_ADDRESS_UNREACHABLE',
    'net::ERR_HTTP2_PROTOCOL_ERROR',
    'NS_ERROR_NET_TIMEOUT',
    'NS_ERROR_NET_RESET',
    'NS_ERROR_CONNECTION_REFUSED',
    'NS_ERROR_UNKNOWN_HOST',
    'NS_ERROR_NET_INTERRUPT',
  ])('%s on a site is a server error named by it, with the host only', (error) => {
    const name = error.replace(/^net::/, '');
    expect(judgeRequest({ url, type: 'sub_frame', error })).toEqual({
      problemId: 'server-error',
      code: name,
      source: 'network',
      text: `${name} · sub_frame · obank.kbstar.com`,
    });
  });

  it.each([
    'net::ERR_ABORTED',
    'net::ERR_BLOCKED_BY_CLIENT',
    'net::ERR_CERT_DATE_INVALID',
    'NS_BINDING_ABORTED',
    '',
  ])('%j on a site is not', (error) => {
    expect(judgeRequest({ url, type: 'main_frame', error })).toBeUndefined();
  });

  it('5xx is 500 to 599, nothing either side', () => {
    expect(judgeRequest({ url, type: 'main_frame', statusCode: 499 })).toBeUndefined();
    expect(judgeRequest({ url, type: 'main_frame', statusCode: 500 })?.code).toBe('500');
    expect(judgeRequest({ url, type: 'main_frame', statusCode: 599 })?.code).toBe('599');
    expect(judgeRequest({ url, type: 'main_frame', statusCode: 600 })).toBeUndefined();
  });

  // Chromium's and Firefox's names for "nothing answered on that port": the program is not running.
  it.each([
    'net::ERR_CONNECTION_REFUSED',
    'net::ERR_CONNECTION_RESET',
    'net::ERR_CONNECTION_CLOSED',
    'net::ERR_EMPTY_RESPONSE',
    'net::ERR_TIMED_OUT',
    'net::ERR_CONNECTION_TIMED_OUT',
    'net::ERR_CONNECTION_FAILED',
    'NS_ERROR_CONNECTION_REFUSED',
    'NS_ERROR_NET_RESET',
    'NS_ERROR_NET_TIMEOUT',
  ])("%s from a security program's port on every loopback name means the program is missing", (error) => {
    for (const host of ['127.0.0.1', 'localhost', '[::1]']) {
      expect(
        judgeRequest({ url: `https://${host}:16107/`, type: 'xmlhttprequest', error }),
        host,
      ).toMatchObject({ problemId: 'security-program-missing', source: 'program' });
    }
  });

  it("a program's port on a site, not on this machine, is the site's", () => {
    expect(
      judgeRequest({
        url: 'https://obank.kbstar.com:16107/',
        type: 'xmlhttprequest',
        error: 'net::ERR_CONNECTION_REFUSED',
      }),
    ).toMatchObject({ problemId: 'server-error' });
  });
});
