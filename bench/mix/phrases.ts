/**
 * Words the generated mailbox is built from. Every person is fictional and every domain is an
 * example domain (RFC 2606), as the project's fixture rules require.
 */
export const FIRST_NAMES = ['Dana', 'Luis', 'Mei', 'Ana', 'Tomas', 'Priya', 'Jordan', 'Elena', 'Sam', 'Noor', 'Kofi', 'Ines', 'Marta', 'Olu', 'Wen', 'Rosa'] as const;
export const LAST_NAMES = ['Whitfield', 'Ortega', 'Tanaka', 'Ruiz', 'Novak', 'Raman', 'Blake', 'Castillo', 'Morgan', 'Haddad', 'Mensah', 'Duarte', 'Lindqvist', 'Adeyemi', 'Zhou', 'Serrano'] as const;
export const DOMAINS = ['example.org', 'example.net', 'example.com', 'mail.example.org', 'example.test'] as const;

export const EN_REQUESTS: ReadonlyArray<{ subject: string; body: string }> = [
  { subject: 'Delete my personal information', body: 'Hello,\n\nPlease delete all personal information you hold about me.\n\nThanks,' },
  { subject: 'Request to know', body: 'Hi,\n\nUnder the CCPA I would like to know what personal information you have collected about me and who you shared it with.\n\nRegards,' },
  { subject: 'Do not sell my data', body: 'Hello,\n\nI opt out of the sale and sharing of my personal information. Please confirm.\n\nBest,' },
  { subject: 'Correct my address', body: 'Hi there,\n\nThe mailing address on my account is wrong. Please correct it to 12 Example Street, Springfield.\n\nThank you,' },
  { subject: 'Copy of my data', body: 'Dear privacy team,\n\nPlease send me a copy of the personal data you have about me, in a portable format.\n\nSincerely,' },
  { subject: 'Limit use of sensitive information', body: 'Hello,\n\nPlease limit the use of my sensitive personal information to what is necessary.\n\nThanks,' },
];

export const ES_REQUESTS: ReadonlyArray<{ subject: string; body: string }> = [
  { subject: 'Solicitud de acceso', body: 'Hola,\n\nQuiero saber qué información personal tienen sobre mí y con quién la han compartido.\n\nGracias,' },
  { subject: 'Borrar mis datos', body: 'Buenos días,\n\nPor favor eliminen todos mis datos personales de sus sistemas.\n\nSaludos,' },
  { subject: 'No vendan mi información', body: 'Hola,\n\nNo quiero que vendan ni compartan mi información personal. Por favor confirmen.\n\nAtentamente,' },
  { subject: 'Corrección de datos', body: 'Estimados,\n\nMi número de teléfono está mal en su sistema, por favor corríjanlo.\n\nGracias,' },
];

export const QUESTIONS: ReadonlyArray<{ subject: string; body: string }> = [
  { subject: 'Question about your privacy policy', body: 'Hi,\n\nHow long do you keep customer records after an account is closed?\n\nThanks,' },
  { subject: 'Cookies', body: 'Hello,\n\nDoes your website use third-party cookies for advertising?\n\nBest,' },
  { subject: 'Pregunta', body: 'Hola,\n\n¿Dónde puedo leer su política de privacidad en español?\n\nGracias,' },
];

export const AUTO_REPLIES: ReadonlyArray<{ subject: string; body: string; headers: string[] }> = [
  { subject: 'Automatic reply: Your newsletter', body: 'I am out of the office until Monday with limited access to email.', headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'] },
  { subject: 'Out of Office', body: 'Thank you for your message. I am away and will reply when I return.', headers: ['X-Autoreply: yes'] },
  { subject: 'Respuesta automática: Aviso', body: 'Estoy fuera de la oficina hasta el lunes.', headers: ['Auto-Submitted: auto-replied'] },
  { subject: 'We received your ticket', body: 'This is an automated message: your ticket has been received and will be answered soon.', headers: ['Precedence: auto_reply'] },
];

export const NEWSLETTER_TOPICS = ['Spring sale', 'This week at Example', 'Your monthly digest', 'New features', 'Webinar invitation'] as const;

export const SPAM_SUBJECTS = ['You have WON a prize!!!', 'Cheap meds online', 'URGENT: verify your account now', 'Make $$$ from home'] as const;
