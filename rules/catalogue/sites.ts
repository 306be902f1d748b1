import type { Site } from '../types';
import { SITE_HOSTS } from './site-hosts';

// Hosts and numbers come from ../shared/reference/README.md; each number carries its source.
export const sites: Site[] = [
  {
    id: 'yessign',
    name: { ko: '금융결제원 yessign', en: 'KFTC yessign' },
    kind: 'ca',
    matches: SITE_HOSTS.yessign,
    reissueUrl: 'https://www.yessign.or.kr/',
  },
  {
    id: 'yeskey',
    name: { ko: '금융인증서 (yeskey)', en: 'Financial certificate (yeskey)' },
    kind: 'ca',
    matches: SITE_HOSTS.yeskey,
    centre: { phone: '1577-5500', source: '[SDK] 금융인증서 SDK message text' },
  },
  {
    id: 'signgate',
    name: { ko: '한국정보인증 SignGate', en: 'KICA SignGate' },
    kind: 'ca',
    matches: SITE_HOSTS.signgate,
    reissueUrl: 'https://www.signgate.com/',
    // No centre: the only source for a number was a blog ("to be re-checked"); none is shown without an official one.
  },
  {
    id: 'crosscert',
    name: { ko: '한국전자인증 CrossCert', en: 'CrossCert' },
    kind: 'ca',
    matches: SITE_HOSTS.crosscert,
    reissueUrl: 'https://www.crosscert.com/',
    centre: { phone: '1566-0566', source: '[OFFICIAL] crosscert.com/glca/01_3_011.jsp' },
  },
  {
    id: 'signkorea',
    name: { ko: '코스콤 SignKorea', en: 'SignKorea' },
    kind: 'ca',
    matches: SITE_HOSTS.signkorea,
  },
  {
    id: 'tradesign',
    name: { ko: '한국무역정보통신 TradeSign', en: 'KTNET TradeSign' },
    kind: 'ca',
    matches: SITE_HOSTS.tradesign,
  },
  {
    id: 'inipass',
    name: { ko: '이니텍 INIPASS', en: 'INIPASS' },
    kind: 'ca',
    matches: SITE_HOSTS.inipass,
  },
  {
    id: 'certbiz',
    name: { ko: '한국범용인증센터', en: 'Korea general certificate centre (certbiz)' },
    kind: 'ca',
    matches: SITE_HOSTS.certbiz,
    centre: {
      phone: '1544-5742',
      hours: { ko: '평일 09:00~18:00', en: 'weekdays 09:00–18:00' },
      source: '[OFFICIAL] certbiz.com',
    },
  },
  {
    id: 'kbstar',
    name: { ko: 'KB국민은행 인증센터', en: 'KB Kookmin Bank certificate centre' },
    kind: 'bank',
    matches: SITE_HOSTS.kbstar,
    reissueUrl: 'https://obank.kbstar.com/quics?page=C018872',
    centre: { phone: '1588-9999', source: '[BLOG] bank guide' },
    serviceHours: { ko: '매일 23:50~00:10 영업일 전환 중 일시 중단', en: 'paused daily 23:50–00:10 for the business-day switch' },
  },
  { id: 'wooribank', name: { ko: '우리은행 인증센터', en: 'Woori Bank certificate centre' }, kind: 'bank', matches: SITE_HOSTS.wooribank },
  { id: 'shinhan', name: { ko: '신한은행 인증센터', en: 'Shinhan Bank certificate centre' }, kind: 'bank', matches: SITE_HOSTS.shinhan },
  { id: 'hana', name: { ko: '하나은행 인증센터', en: 'Hana Bank certificate centre' }, kind: 'bank', matches: SITE_HOSTS.hana },
  { id: 'nonghyup', name: { ko: 'NH농협은행 인증센터', en: 'NH Bank certificate centre' }, kind: 'bank', matches: SITE_HOSTS.nonghyup },
  { id: 'ibk', name: { ko: 'IBK기업은행 인증센터', en: 'IBK certificate centre' }, kind: 'bank', matches: SITE_HOSTS.ibk },
  { id: 'scbank', name: { ko: 'SC제일은행 인증센터', en: 'SC Bank Korea certificate centre' }, kind: 'bank', matches: SITE_HOSTS.scbank },
  { id: 'kfcc', name: { ko: 'MG새마을금고 인증센터', en: 'MG Community Credit Cooperatives certificate centre' }, kind: 'bank', matches: SITE_HOSTS.kfcc },
  { id: 'hometax', name: { ko: '국세청 홈택스', en: 'Hometax (National Tax Service)' }, kind: 'public', matches: SITE_HOSTS.hometax },
  { id: 'gov24', name: { ko: '정부24', en: 'Gov24' }, kind: 'public', matches: SITE_HOSTS.gov24 },
  { id: 'iros', name: { ko: '인터넷등기소', en: 'Internet Registry Office' }, kind: 'public', matches: SITE_HOSTS.iros },
];
