import type { PublicMessages } from "./en";

// The Spanish catalog: usted, plain words, legal and medical terms as Spanish speakers in the
// US use them. One rule each: language names in lowercase, as the RAE writes them (español,
// mam, k’iche’); groups in the generic plural (abogados, voluntarios); neutral words when
// speaking to the reader (persona voluntaria); the "Soy…" options doubled as abogado/a; "Por
// favor" only where we ask something of the reader (wait, try again), not in field errors. Staff should have it reviewed by a native speaker. Only the public site's words:
// the staff area and staff emails stay English (PublicMessages leaves them out).
export const es: PublicMessages = {
  site: {
    skipToContent: "Saltar al contenido principal",
    tagline: "Voluntariado pro bono",
    primaryNav: "Principal",
    nav: { story: "La historia", voices: "Testimonios", volunteer: "Voluntariado" },
    footer: {
      contact: "¿Tiene preguntas? Escriba a {email}.",
      privacy: "Cómo usamos la información de los voluntarios",
      rights: "© {year} {org}",
    },
  },
  home: {
    title: "El trabajo pro bono tiene un enorme impacto en los clientes con casos de inmigración",
    metaDescription:
      "Abogados, profesionales de la salud, traductores e intérpretes: ofrezca su tiempo para que nadie tenga que presentarse sin ayuda ante un juez de inmigración.",
    lead: "Los solicitantes de asilo, las personas detenidas y los niños tienen que presentarse ante jueces de inmigración, muchas veces sin abogado. Sus conocimientos pueden cambiar eso.",
    jumpToSignup: "Inscríbase para ayudar",
    storyHeading: "El trabajo pro bono tiene un enorme impacto en los clientes con casos de inmigración",
    story: [
      "Los solicitantes de asilo, las personas que enfrentan la deportación, las personas indocumentadas sobrevivientes de abuso y los jóvenes que buscan acceder a la educación superior o quieren solicitar la ciudadanía: todos tienen que presentarse ante jueces de inmigración en algún momento de su camino. La mayoría de estos casos requiere la orientación de profesionales, ya sean abogados, intérpretes o traductores. Estos servicios son esenciales. Sin embargo, para quienes tienen pocos recursos económicos, moverse dentro del sistema judicial sin representación puede ser intimidante, muy estresante y parecer imposible. Sin representación ni orientación, para muchos el resultado es enfrentar la deportación.",
      "Por suerte, ya hay un buen número de abogados, intérpretes y traductores que ayudan a cambiar para bien la vida de muchos inmigrantes. También hay organizaciones que ayudan a reclutar voluntarios pro bono y a asignarles clientes. Y, por último, existe la Semana Nacional Pro Bono{week}, que celebra el esfuerzo de quienes hacen trabajo pro bono y recuerda que sus servicios siguen siendo necesarios.",
      "Hace poco, en una campaña en las redes sociales durante la semana pasada, el New Mexico Immigration Law Center destacó el trabajo de muchos de sus voluntarios pro bono y recogió las razones por las que siguen ofreciendo sus servicios. Esperamos que lo que sigue arroje un poco más de luz sobre la necesidad del trabajo pro bono y sirva de ejemplo para que otras personas hagan lo mismo en el futuro.",
      "Si usted o alguien que usted conoce tiene los conocimientos y el tiempo para ayudar a los clientes de NMILC (o a cualquier persona que necesite servicios profesionales), por favor comparta el enlace a nuestros formularios de inscripción:",
    ],
    signupHeading: "Inscríbase para ayudar",
    voicesHeading: "En palabras de nuestros voluntarios",
    allVoices: "Lea todos los testimonios de nuestros voluntarios",
    proBonoWeek: {
      inStory: " —{dates}—",
      heading: "Semana Nacional Pro Bono",
      body: "{dates}: una semana que celebra a los voluntarios pro bono y recuerda que su ayuda sigue siendo necesaria. Es una buena semana para aceptar su primer caso.",
    },
  },
  roles: {
    attorney: {
      title: "Abogados",
      description:
        "Abogados con licencia, representantes acreditados por el Departamento de Justicia (DOJ) y estudiantes de derecho bajo supervisión.",
      action: "Inscripción para abogados",
    },
    medical: {
      title: "Profesionales de la salud",
      description:
        "Médicos, psicólogos, consejeros y personal de enfermería que hacen evaluaciones forenses.",
      action: "Inscripción para profesionales de la salud",
    },
    interpreter: {
      title: "Traductores e intérpretes",
      description:
        "Español, lenguas indígenas de Centroamérica como mam, k’iche’ y q’anjob’al, y otros idiomas.",
      action: "Inscripción para traductores e intérpretes",
    },
  },
  period: {
    days: { one: "un día", other: "{count} días" },
    weeks: [
      "una semana",
      "dos semanas",
      "tres semanas",
      "cuatro semanas",
      "cinco semanas",
      "seis semanas",
      "siete semanas",
      "ocho semanas",
    ],
  },
  volunteer: {
    title: "Colabore con nosotros",
    metaDescription:
      "Elija su formulario: abogados, profesionales de la salud, o traductores e intérpretes. Solo toma unos minutos.",
    lead: "Elija el formulario que corresponde a sus conocimientos. Solo toma unos minutos, y alguien de nuestro equipo le escribirá.",
    forms: {
      attorney: {
        title: "Inscripción: abogados",
        lead: "Para abogados con licencia, representantes acreditados por el Departamento de Justicia (DOJ), estudiantes de derecho bajo supervisión y personas graduadas en derecho que esperan su admisión al colegio de abogados. Ofrecemos capacitación y mentores.",
      },
      medical: {
        title: "Inscripción: profesionales de la salud",
        lead: "Para médicos, psicólogos, psiquiatras, trabajadores sociales, consejeros y personal de enfermería que pueden hacer evaluaciones forenses. Los residentes y los profesionales con licencia de nivel asociado trabajan bajo supervisión.",
      },
      interpreter: {
        title: "Inscripción: traductores e intérpretes",
        lead: "En los casos de inmigración se necesitan con urgencia intérpretes de lenguas indígenas de Centroamérica como mam, k’iche’ y q’anjob’al, además de español y otros idiomas.",
      },
    },
    requiredNote: "Todas las preguntas son obligatorias, salvo las marcadas como opcionales.",
    thanks: {
      title: "Gracias por inscribirse",
      body: "Recibimos sus respuestas y le enviamos un correo electrónico de confirmación. Alguien de nuestro equipo le escribirá en un plazo de {period} para hablar de cómo puede ayudar.",
      contact: "¿Tiene preguntas mientras tanto? Escriba a {email}.",
      voices: "Lea lo que dicen otros voluntarios",
    },
  },
  voices: {
    title: "Testimonios de voluntarios",
    lead: "Abogados, estudiantes de derecho, representantes acreditados y profesionales de la salud cuentan por qué dan su tiempo.",
    metaDescription:
      "Voluntarios pro bono cuentan por qué dedican su tiempo a inmigrantes que tienen casos ante la corte.",
    readMore: "Lea las palabras de {name}",
    otherVoices: "Más testimonios de voluntarios",
    joinHeading: "Únase a ellos",
    joinBody: "Cada persona voluntaria es una persona más que no enfrenta sola a un juez de inmigración.",
    chooseForm: "Elija su formulario de inscripción",
    quoteBy: "Palabras de {name}",
    cardAlt: "Las palabras de una persona voluntaria pro bono, con su nombre",
    shareTitle: "{name} habla de su trabajo voluntario con {org}",
    translation: "Traducción",
  },
  share: {
    heading: "Comparta estas palabras",
    email: "Correo electrónico",
    x: "X",
    facebook: "Facebook",
    linkedin: "LinkedIn",
    copy: "Copiar enlace",
    copied: "Enlace copiado",
    shareVia: "Compartir…",
    linkLabel: "Enlace a esta página",
    newWindow: "(se abre en una pestaña nueva)",
    emailBody: "{quote}\n\n— {name}\n\n{url}",
  },
  forms: {
    errors: {
      required: "Complete este campo.",
      invalid: "Revise esta respuesta.",
      tooLong: { one: "Use 1 carácter como máximo.", other: "Use {count} caracteres como máximo." },
      tooMany: "Indique {max} como máximo.",
      control: "Quite los saltos de línea y los caracteres especiales.",
      markup: "Quite las etiquetas HTML y el código.",
      url: "Quite la dirección web: un nombre no puede contener una.",
      email: "Escriba una sola dirección de correo electrónico, como nombre@example.org.",
      phone: "Escriba un número de teléfono de al menos 7 dígitos, o deje el campo vacío.",
      number: "Escriba un número entero entre {min} y {max}.",
      choose: "Elija una opción.",
      chooseAtLeastOne: "Elija al menos una opción.",
      addAtLeastOne: "Agregue al menos uno.",
      mustAgree: "Marque esta casilla para continuar.",
      barAdmissionRequired:
        "Si tiene licencia de abogacía, agregue al menos una admisión al colegio de abogados.",
      goodStandingRequired:
        "Si tiene licencia de abogacía, confirme que su licencia está en regla (good standing).",
      professionOther: "Díganos cuál es su profesión.",
      certificationOther: "Escriba el nombre de la certificación.",
      samePairLanguage: "Escriba dos idiomas distintos.",
    },
    summary: { one: "Corrija la respuesta de abajo.", other: "Corrija las {count} respuestas de abajo." },
    saveFailed:
      "No pudimos guardar esto. Por favor, inténtelo de nuevo en un minuto. No se perdió nada de lo que escribió.",
    rateLimited:
      "Se enviaron demasiadas inscripciones desde aquí en poco tiempo. Por favor, espere unos minutos e inténtelo de nuevo.",
    staleForm:
      "Este formulario estuvo abierto demasiado tiempo o cambió. Por favor, revise sus respuestas y envíelo de nuevo.",
    crossOrigin:
      "Este formulario solo se puede enviar desde nuestro propio sitio web. Por favor, abra el formulario allí y envíelo de nuevo.",
    crossOriginKept:
      "Este formulario se abrió en otra dirección de nuestro sitio web, así que no se pudo enviar desde allí. Guardamos sus respuestas abajo: por favor, revíselas y envíe el formulario de nuevo.",
    submit: "Enviar mi inscripción",
    submitting: "Enviando…",
    optional: "opcional",
    languageLevels: { spoken: "{level} al hablar", written: "{level} al escribir" },
    addRow: "Agregar más",
    rowCap: "Ya agregó el máximo que admite este formulario ({max}).",
    characterLimit: {
      one: "Puede escribir hasta 1 carácter.",
      other: "Puede escribir hasta {count} caracteres.",
    },
    charactersLeft: { one: "Le queda 1 carácter.", other: "Le quedan {count} caracteres." },
    charactersOver: { one: "Tiene 1 carácter de más.", other: "Tiene {count} caracteres de más." },
    honeypot: "Deje este campo vacío",
    choose: "Elija una opción",
    sections: {
      about: "Sobre usted",
      practice: "Su práctica",
      profession: "Su profesión",
      services: "Sus servicios",
      languages: "Idiomas",
      availability: "Disponibilidad",
      more: "Algo más",
      consent: "Consentimiento",
    },
    questions: {
      firstName: { label: "Nombre" },
      lastName: { label: "Apellido(s)" },
      email: { label: "Correo electrónico" },
      phone: { label: "Teléfono" },
      city: { label: "Ciudad" },
      state: { label: "Estado" },
      languages: { label: "Idiomas que habla" },
      languageName: { label: "Idioma" },
      proficiency: { label: "Nivel" },
      hoursPerMonth: { label: "Horas al mes que puede dedicar" },
      availability: { label: "Cómo puede ayudar" },
      heardAbout: { label: "¿Cómo se enteró de nosotros?" },
      anythingElse: { label: "Algo más que quiera contarnos" },
      consentContact: { label: "Acepto que me contacten sobre el trabajo voluntario." },
      consentPrivacy: {
        label: "Leí el aviso de privacidad.",
        link: "Leer el aviso de privacidad",
      },
      licenceStatus: { label: "Soy" },
      barAdmissions: {
        label: "Admisiones al colegio de abogados (bar)",
        hint: "Si tiene licencia de abogacía, al menos una.",
      },
      jurisdiction: { label: "Jurisdicción" },
      barNumber: { label: "Número de licencia (bar number)" },
      yearAdmitted: { label: "Año de admisión" },
      goodStanding: {
        label: "Estoy en regla (good standing) en todas las jurisdicciones donde tengo licencia.",
      },
      organization: { label: "Bufete u organización" },
      yearsInPractice: { label: "Años de práctica" },
      immigrationExperience: { label: "Experiencia en derecho de inmigración" },
      caseTypes: { label: "Tipos de casos que le interesan" },
      casesPerYear: { label: "Casos que podría aceptar al año" },
      populations: { label: "Clientes que acepta representar" },
      courts: { label: "Cortes de inmigración donde puede comparecer" },
      wantsMentor: { label: "¿Le gustaría contar con mentoría?" },
      malpractice: { label: "Seguro de responsabilidad profesional (malpractice)" },
      profession: { label: "Profesión" },
      professionOther: { label: "Su profesión, si es otra" },
      specialty: { label: "Especialidad" },
      licenceLevel: { label: "Nivel de licencia" },
      licenceState: { label: "Estado que otorgó la licencia" },
      licenceNumber: { label: "Número de licencia" },
      evaluationTypes: { label: "Evaluaciones que puede hacer" },
      istanbulTraining: { label: "Capacitación en el Protocolo de Estambul o en medicina de asilo" },
      priorEvaluations: { label: "Evaluaciones de asilo que ha hecho hasta ahora" },
      medicalSettings: { label: "Dónde puede hacer evaluaciones" },
      evaluationsPerYear: { label: "Evaluaciones que podría hacer al año" },
      services: { label: "Servicios que ofrece" },
      certifications: { label: "Certificaciones" },
      certificationOther: { label: "Otra certificación" },
      interpreterLanguages: {
        label: "Sus idiomas",
        hint: "Incluya lenguas indígenas como mam, k’iche’ o q’anjob’al, y la variante que habla.",
      },
      dialect: { label: "Dialecto o variante" },
      spoken: { label: "Nivel oral" },
      written: { label: "Nivel escrito" },
      pairs: {
        label: "Pares de idiomas con los que trabaja",
        hint: "Dos idiomas en cada par; no hace falta que uno sea el inglés (por ejemplo, mam y español).",
      },
      pairLanguageA: { label: "Idioma" },
      pairLanguageB: { label: "Otro idioma" },
      directions: { label: "En qué dirección trabaja (de qué idioma a cuál)" },
      confidentialityPledge: {
        label: "Mantendré en confidencialidad todo lo que sepa sobre los clientes y sus casos.",
      },
    },
    options: {
      proficiency: {
        native: "Lengua materna",
        fluent: "Fluido",
        professional: "Profesional",
        conversational: "Conversacional",
        basic: "Básico",
      },
      availability: {
        remote: "A distancia",
        in_person: "En persona",
        detention: "Visitas a centros de detención",
      },
      licenceStatus: {
        licensed_attorney: "Abogado/a con licencia",
        doj_accredited: "Representante acreditado/a por el DOJ",
        law_student: "Estudiante de derecho bajo supervisión",
        graduate_awaiting: "Graduado/a en derecho, en espera de admisión",
      },
      immigrationExperience: { none: "Ninguna", some: "Alguna", extensive: "Amplia" },
      caseTypes: {
        affirmative_asylum: "Asilo afirmativo",
        defensive_asylum: "Asilo defensivo y defensa contra la deportación",
        detention_bond: "Detención migratoria y fianza",
        sijs_children: "Estatus Especial de Inmigrante Juvenil (SIJS) y otros casos de menores",
        u_t_visas: "Visas U y T",
        vawa: "VAWA (Ley de Violencia contra la Mujer)",
        daca: "DACA (Acción Diferida)",
        naturalization: "Naturalización",
        family_petitions: "Peticiones familiares",
        appeals: "Apelaciones",
      },
      populations: {
        detained_adults: "Adultos detenidos",
        children: "Menores de edad",
        criminal_records: "Personas con antecedentes penales",
      },
      yesNo: { yes: "Sí", no: "No" },
      malpractice: {
        through_firm: "A través de mi bufete",
        need_organization: "Necesito el seguro de la organización",
        not_sure: "No lo sé",
      },
      profession: {
        physician: "Medicina",
        psychologist: "Psicología",
        psychiatrist: "Psiquiatría",
        clinical_social_worker: "Trabajo social clínico",
        counselor: "Consejería",
        np_pa:
          "Enfermería de práctica avanzada (nurse practitioner, NP) o asistente de médico (physician assistant, PA)",
        nurse: "Enfermería",
        other: "Otra",
      },
      licenceLevel: {
        full: "Licencia completa",
        resident: "Residencia o beca de especialización (fellowship)",
        associate: "Licencia de nivel asociado",
      },
      evaluationTypes: {
        forensic_physical: "Médica forense (examen físico)",
        psychological: "Psicológica",
        psychiatric: "Psiquiátrica",
        gynecological: "Ginecológica",
        record_review: "Revisión de expedientes o declaración jurada",
        testimony: "Declaración como perito ante la corte",
      },
      istanbulTraining: {
        done: "Ya la recibí",
        would_like: "Me gustaría recibir capacitación",
        no: "No",
      },
      medicalSettings: {
        clinic: "Clínica",
        detention: "Visitas a centros de detención",
        telehealth: "Telesalud",
      },
      services: {
        document_translation: "Traducción de documentos",
        consecutive: "Interpretación consecutiva",
        simultaneous: "Interpretación simultánea",
        phone_video: "Interpretación por teléfono o video",
        sight_translation: "Traducción a la vista",
      },
      directions: {
        a_to_b: "Del primer idioma al otro",
        b_to_a: "Del otro idioma al primero",
      },
      certifications: {
        court_state: "Certificación de intérprete judicial (estatal)",
        court_federal: "Certificación de intérprete judicial (federal)",
        ata: "ATA (traducción)",
        medical: "Certificación de intérprete en salud (CCHI o NBCMI)",
        other: "Otra",
        none: "Ninguna",
      },
    },
  },
  emails: {
    // Areas rather than job titles, so "{role}" reads the same for every volunteer.
    roleNames: {
      attorney: "servicios legales",
      medical: "salud",
      interpreter: "traducción e interpretación",
    },
    confirmation: {
      subject: "Gracias por sumarse al voluntariado de {org}",
      greeting: "Hola, {name}:",
      thanks:
        "Gracias por inscribirse como persona voluntaria en el área de {role}. Cada persona voluntaria es una persona más que no enfrenta sola a un juez de inmigración.",
      next: "Qué sigue: alguien de nuestro equipo leerá sus respuestas y le escribirá en un plazo de {period} para hablar de cómo puede ayudar, y también de capacitación y mentoría, si le interesan.",
      contact: "¿Tiene preguntas mientras tanto? Escriba a {email}.",
      signature: "Con gratitud,\n{org}",
    },
    proposal: {
      subject: "Confirme las nuevas respuestas de su inscripción en el voluntariado de {org}",
      greeting: "Hola:",
      sent: "Usted, o alguien que usa su dirección, envió nuevas respuestas para su inscripción en el voluntariado de {org}, en el área de {role}.",
      open: "Abra este enlace para usarlas; si no, nada cambia. El enlace funciona durante 7 días:\n{url}",
      ignore: "Si usted no las envió, no tiene que hacer nada: su inscripción queda como estaba.",
      signature: "Con gratitud,\n{org}",
    },
    link: {
      subject: "Su enlace a sus inscripciones en {org}",
      intro:
        "Usted, o alguien que usa su correo, pidió un enlace a sus inscripciones como persona voluntaria en {org}. Ábralo para verlas:",
      expiry:
        "El enlace funciona una sola vez, durante 24 horas, y abre sus inscripciones durante 30 minutos.",
      ignore: "Si no lo pidió, puede ignorar este correo: nada cambia.",
      signature: "Con gratitud,\n{org}",
    },
    selfChange: {
      subject: "Usted cambió su inscripción en el voluntariado de {org}",
      greeting: "Hola, {name}:",
      updated: "Usted cambió sus respuestas de su inscripción en el área de {role}: {questions}.",
      updatedNoList: "Usted cambió sus respuestas de su inscripción en el área de {role}.",
      paused:
        "Usted puso en pausa su inscripción en el área de {role} hasta el {until}. No le pediremos que tome un caso antes de esa fecha.",
      withdrew:
        "Usted retiró su inscripción en el área de {role}. Gracias por lo que ofreció; si cambia de opinión, responda a este correo.",
      notYou: "Si no fue usted, responda a este correo y lo corregiremos.",
      signature: "Con gratitud,\n{org}",
    },
    onboardingReminder: {
      subject: "Sus próximos pasos para el voluntariado de {org}",
      greeting: "Hola, {name}:",
      intro:
        "Gracias por inscribirse en el voluntariado en el área de {role}. Antes de tomar un primer caso, le quedan estos pasos por hacer:",
      training: "{step}: inscríbase en una sesión",
      how: "Puede hacerlos en su propia página: abra {url}, escriba su correo electrónico y le enviaremos un enlace.",
      help: "¿Tiene preguntas o algo se lo impide? Responda a este correo.",
      signature: "Con gratitud,\n{org}",
    },
    manage: { label: "Administrar su inscripción", text: "Administre su inscripción: {url}" },
    message: {
      stop: "Recibe este correo porque se inscribió como persona voluntaria con {org}. Para dejar de recibir estos correos, abra {url}",
    },
  },
  privacy: {
    title: "Privacidad",
    metaDescription:
      "Qué información recopilamos de los voluntarios, para qué, quién la ve y cómo pedir que se borre.",
    sections: [
      {
        heading: "Qué recopilamos",
        body: "Cuando usted se inscribe, guardamos lo que escribe en el formulario: su nombre, correo electrónico, número de teléfono si lo da, ciudad y estado, idiomas, disponibilidad, y las respuestas sobre su profesión, licencia o certificaciones, y experiencia.",
      },
      {
        heading: "Para qué",
        body: "Solo para comunicarnos con usted sobre el trabajo voluntario, asignarle clientes que necesitan sus conocimientos y llevar un registro de su trabajo voluntario. No vendemos, alquilamos ni compartimos su información con fines de mercadeo, y este sitio no usa publicidad ni herramientas de rastreo.",
      },
      {
        heading: "Quién la ve",
        body: "El personal de {org} que coordina a los voluntarios. Sus respuestas se envían por correo electrónico al buzón del personal que atiende su tipo de voluntariado y se guardan en nuestra base de datos, que solo puede consultar el personal que ha iniciado sesión.",
      },
      {
        heading: "Cuánto tiempo la guardamos",
        body: "Mientras usted haga trabajo voluntario con nosotros y, después, hasta que nos pida que la borremos.",
      },
      {
        heading: "Cómo borrar o corregir su información",
        body: "Escriba a {email} desde la dirección con la que se inscribió y borraremos o corregiremos su información, por lo general en un plazo de dos semanas. Le avisaremos cuando esté hecho.",
      },
    ],
  },
  volunteerMe: {
    title: "Sus inscripciones",
    lead: "Escriba el correo electrónico con el que se inscribió. Le enviaremos un enlace que abre sus inscripciones durante 30 minutos, sin contraseña.",
    emailLabel: "Correo electrónico",
    submit: "Enviarme un enlace",
    sent: "Si tenemos una inscripción con este correo, le hemos enviado un enlace. Funciona una sola vez, durante 24 horas.",
    refused: "No se pudo enviar este formulario. Por favor, inténtelo de nuevo.",
    open: {
      title: "Abrir sus inscripciones",
      lead: "Pulse el botón para abrir sus inscripciones. El enlace funciona una sola vez; después, pida uno nuevo.",
      button: "Abrir mis inscripciones",
    },
    dead: {
      title: "Este enlace ya no funciona",
      body: "Este enlace ya no funciona. Pida uno nuevo.",
      action: "Pedir un enlace nuevo",
    },
    signups: {
      lead: "Lo que nos envió y en qué punto está cada inscripción.",
      session: "Para proteger su privacidad, esta página se cierra 30 minutos después de abrir el enlace.",
      count: { one: "Tiene 1 inscripción con nosotros.", other: "Tiene {count} inscripciones con nosotros." },
      sentOn: "Enviada el {date}",
      status: "Estado: {status}",
      answers: "Lo que nos envió",
      open: "Ver lo que envió para {role}",
      back: "Volver a sus inscripciones",
      signOut: "Cerrar sesión",
    },
    manage: {
      heading: "Cambiar esta inscripción",
      edit: "Cambiar sus respuestas",
      editTitle: "Cambiar sus respuestas en el área de {role}",
      editLead:
        "Cambie lo que necesite y guarde. Su correo electrónico queda como está: para usar otro, responda a cualquiera de nuestros correos.",
      save: "Guardar mis respuestas",
      saving: "Guardando…",
      backWithoutSaving: "Volver sin guardar",
      pauseTitle: "Pausar hasta una fecha",
      pauseLead:
        "¿Tiene mucho trabajo por un tiempo? No le pediremos que tome un caso antes del día que elija.",
      pauseLabel: "Último día de la pausa",
      pauseHint: "Un día dentro del próximo año.",
      pauseButton: "Pausar mi inscripción",
      pausedUntil: "En pausa hasta el {date}.",
      pauseErrors: {
        missing: "Indique el último día de la pausa.",
        past: "Elija un día posterior a hoy.",
        tooFar: "Elija un día dentro de un año. Para más tiempo, puede retirar su inscripción.",
      },
      withdrawTitle: "Retirarse",
      withdrawLead:
        "¿Ya no puede colaborar en el área de {role}? Retire su inscripción y dejaremos de contar con usted para casos.",
      withdrawLink: "Retirar esta inscripción",
      withdrawConfirmTitle: "¿Retirar su inscripción en el área de {role}?",
      withdrawConfirmLead:
        "Dejaremos de contar con usted para casos en el área de {role}. Lo que nos envió queda guardado salvo que borre sus datos; para volver a colaborar, escriba a {email}.",
      withdrawButton: "Sí, retirarme",
      keep: "No, mantener mi inscripción",
      closed: "Esta inscripción está cerrada. Para volver a colaborar, escriba a {email}.",
    },
    done: {
      updated: "Guardado: ya tenemos sus nuevas respuestas.",
      unchanged: "Nada cambió: sus respuestas ya eran estas.",
      paused: "Su inscripción está en pausa hasta el {date}.",
      withdrawn: "Su inscripción está retirada. Gracias por lo que ofreció.",
      stopped: "Listo: no le enviaremos más correos.",
      emailed: "Le enviamos una confirmación por correo.",
    },
    emails: {
      title: "Correos de nuestra parte",
      lead: "Deje de recibir todos los correos de {org} sobre el voluntariado, incluidos los mensajes de nuestro equipo.",
      button: "No recibir más correos",
      stopped: "Usted pidió no recibir más correos. Para volver a saber de nosotros, escriba a {email}.",
    },
    delete: {
      title: "Borrar sus datos",
      lead: "Quitaremos su nombre, sus datos de contacto y sus respuestas de todas sus inscripciones a la vez. Avisaremos a nuestro equipo; solo guardamos que alguien se inscribió, para nuestras cifras. No se puede deshacer.",
      link: "Borrar mis datos",
      understand: "Entiendo que mis datos se borrarán y no se podrán recuperar.",
      understandError: "Marque la casilla para continuar.",
      continue: "Continuar",
      confirmTitle: "¿Borrar sus datos ahora?",
      confirmLead: {
        one: "Este es el último paso: su inscripción se borrará de inmediato.",
        other: "Este es el último paso: sus {count} inscripciones se borrarán de inmediato.",
      },
      confirmButton: "Sí, borrar mis datos",
      cancel: "No, volver",
      doneTitle: "Sus datos están borrados",
      doneBody:
        "Borramos su nombre, sus datos de contacto y sus respuestas. Gracias por haber ofrecido su tiempo.",
    },
    // Áreas y no profesiones, como en los correos: se leen igual para cualquier persona.
    roles: {
      attorney: "Servicios legales",
      medical: "Salud",
      interpreter: "Traducción e interpretación",
    },
    // Concuerdan con "inscripción" (femenino), no con la persona: "lista" no supone su género.
    statuses: {
      received: "recibida",
      inTouch: "estamos en contacto",
      ready: "lista para tomar un caso",
      paused: "en pausa",
      closed: "cerrada",
    },
  },
  onboarding: {
    steps: {
      attorneyOrientation: { title: "Capacitación de orientación" },
      malpracticeCoverage: {
        title: "Seguro de responsabilidad profesional confirmado",
        text: "De quién es el seguro",
      },
      eoirRegistration: {
        title: "Número de registro en EOIR (eRegistry) anotado",
        text: "Número de EOIR eRegistry",
      },
      mentorAssigned: { title: "Mentor o mentora asignada", text: "Mentor o mentora" },
      conflictCheck: { title: "Revisión de conflictos de interés hecha" },
      asylumEvaluationTraining: { title: "Capacitación en evaluaciones de asilo (Protocolo de Estambul)" },
      licenceVerified: { title: "Licencia verificada", text: "Estado y número de licencia" },
      sampleAffidavitReviewed: { title: "Declaración jurada de muestra revisada" },
      confidentialityPledge: {
        title: "Compromiso de confidencialidad firmado",
        text: "Versión del compromiso",
      },
      languagePairAssessed: { title: "Par de idiomas evaluado: {pair}", text: "Nota de la evaluación" },
      courtCertificationVerified: {
        title: "Certificación judicial verificada",
        text: "Número de certificación",
      },
    },
  },
  confirmAnswers: {
    title: "Sus nuevas respuestas",
    lead: "Estas respuestas se enviaron para su inscripción en el área de {role}. Nada cambia hasta que usted las confirme.",
    changesTitle: "Lo que cambiará",
    now: "Ahora",
    new: "Nuevo",
    noChanges: "Las nuevas respuestas son iguales a las que tenemos; al confirmarlas, quedan como están.",
    button: "Usar estas respuestas",
    done: "Sus respuestas están actualizadas. Gracias por mantenerlas al día.",
    used: "Este enlace ya se usó: las respuestas que traía ya están en su inscripción. No cambió nada más.",
    replaced:
      "Después de estas se enviaron respuestas más recientes, así que este enlace ya no funciona y no cambió nada. Use el enlace del correo más reciente.",
    expired:
      "Este enlace venció: los enlaces funcionan durante 7 días. No cambió nada. Para cambiar sus respuestas, envíe el formulario otra vez y abra el enlace del nuevo correo.",
    unknown:
      "Este enlace no funciona: puede haber vencido (los enlaces funcionan durante 7 días) o estar mal escrito, o la inscripción pudo haberse eliminado. No cambió nada. ¿Tiene preguntas? Escriba a {email}.",
  },
  stopEmails: {
    title: "Dejar de recibir correos de {org}",
    lead: "Pulse el botón y no le enviaremos más mensajes como el que le trajo aquí. Su inscripción sigue igual; para cambiarla o borrarla, escriba a {email}.",
    button: "Dejar de recibir estos correos",
    done: "Listo: no recibirá más estos correos de {org}. Si cambia de opinión, escriba a {email}.",
  },
  notFound: {
    title: "No encontramos esa página",
    body: "Puede que el enlace sea antiguo o tenga un error. Quizás buscaba una de estas páginas:",
    home: "La historia del trabajo pro bono",
    voices: "Testimonios de voluntarios",
    volunteer: "Formularios de inscripción para voluntarios",
  },
};
